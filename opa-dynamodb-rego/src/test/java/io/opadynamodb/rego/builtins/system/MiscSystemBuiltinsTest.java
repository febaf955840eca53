package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** crypto digests, rand.intn, opa.runtime and net.lookup_ip_addr; expected values from OPA v1.22.2. */
class MiscSystemBuiltinsTest {
  private final TestContext ctx = new TestContext();

  private static Value s(String v) {
    return StringValue.of(v);
  }

  @Test
  void digestsAndHmacs() {
    CryptoBuiltins c = new CryptoBuiltins();
    assertThat(TestContext.call(c, ctx, "crypto.md5", s("h\u00e9llo"))).isEqualTo(s("be50e8478cf24ff3595bc7307fb91b50"));
    assertThat(TestContext.call(c, ctx, "crypto.sha1", s("x"))).isEqualTo(s("11f6ad8ec52a2984abaafd7c3b516503785c2072"));
    assertThat(TestContext.call(c, ctx, "crypto.sha256", s("")))
        .isEqualTo(s("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assertThat(TestContext.call(c, ctx, "crypto.hmac.sha512", s("msg"), s(""))).isEqualTo(s(
        "2c267b1c9ad3d29d6d8d068e78954abd983e95642ce0ca6409a9e6c01979b082b294d36705b71cd10d3b82d8babbfd62f971f0f3b7f999f586154a3c32c0cce2"));
    assertThat(TestContext.call(c, ctx, "crypto.hmac.md5", s("msg"), s("k"))).isEqualTo(s("1104b024fb2aa8a780f7acb04f3d7ed5"));
    assertThat(TestContext.call(c, ctx, "crypto.hmac.equal", s("a"), s("a"))).isEqualTo(BooleanValue.TRUE);
    assertThat(TestContext.call(c, ctx, "crypto.hmac.equal", s("a"), s("b"))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void randIntnIsMemoisedPerQuery() {
    RandBuiltins r = new RandBuiltins();
    Value a = TestContext.call(r, ctx, "rand.intn", s("key"), NumberValue.of(100));
    for (int i = 0; i < 20; i++) {
      assertThat(TestContext.call(r, ctx, "rand.intn", s("key"), NumberValue.of(100))).isEqualTo(a);
    }
    assertThat(((NumberValue) a).longValue()).isBetween(0L, 99L);
    assertThat(TestContext.call(r, ctx, "rand.intn", s("key"), NumberValue.of(-100))).isEqualTo(a);
    assertThat(TestContext.call(r, ctx, "rand.intn", s("x"), NumberValue.of(0))).isEqualTo(NumberValue.of(0));
  }

  @Test
  void runtimeRedactsCredentialsAndKeys() {
    ctx.runtime = (ObjectValue) Json.parse("{\"env\": {\"A\": \"1\"}, \"config\": {\"services\": {\"s\": {\"url\": \"u\","
        + " \"credentials\": {\"bearer\": \"x\"}}}, \"keys\": {\"k\": {\"key\": \"secret\", \"private_key\": \"p\","
        + " \"algorithm\": \"RS256\"}}}}");
    assertThat(TestContext.call(new RuntimeBuiltins(), ctx, "opa.runtime")).isEqualTo(Json.parse(
        "{\"env\": {\"A\": \"1\"}, \"config\": {\"services\": {\"s\": {\"url\": \"u\"}}, \"keys\": {\"k\":"
        + " {\"algorithm\": \"RS256\"}}}}"));
  }

  @Test
  void lookupIpAddrOfLiterals() throws Exception {
    NetLookupBuiltin n = new NetLookupBuiltin();
    assertThat(TestContext.call(n, ctx, "net.lookup_ip_addr", s("10.0.0.0"))).isEqualTo(SetValue.of(s("10.0.0.0")));
    assertThat(TestContext.call(n, ctx, "net.lookup_ip_addr", s("::"))).isEqualTo(SetValue.of(s("::")));
    assertThat(NetLookupBuiltin.format(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
    assertThat(NetLookupBuiltin.format(InetAddress.getByName("::1"))).isEqualTo("::1");
    assertThat(ArrayValue.EMPTY.size()).isZero();
  }
}
