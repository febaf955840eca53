package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.go.GoBase64;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign with io.jwt.encode_sign, verify with io.jwt.verify_* and io.jwt.decode_verify, for every algorithm. */
class JwtRoundTripTest {
  private static RSAKey rsa;
  private static ECKey p256;
  private static ECKey p384;
  private static ECKey p521;
  private static OctetKeyPair ed;
  private final TestContext ctx = new TestContext();

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    rsa = new RSAKey.Builder((RSAPublicKey) kp.getPublic()).privateKey((RSAPrivateKey) kp.getPrivate()).build();
    p256 = ec("secp256r1", Curve.P_256);
    p384 = ec("secp384r1", Curve.P_384);
    p521 = ec("secp521r1", Curve.P_521);
    KeyPair edPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] x = edPair.getPublic().getEncoded();
    byte[] d = edPair.getPrivate().getEncoded();
    ed = new OctetKeyPair.Builder(Curve.Ed25519,
        com.nimbusds.jose.util.Base64URL.encode(java.util.Arrays.copyOfRange(x, x.length - 32, x.length)))
        .d(com.nimbusds.jose.util.Base64URL.encode(java.util.Arrays.copyOfRange(d, d.length - 32, d.length)))
        .build();
  }

  private static ECKey ec(String name, Curve curve) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(name));
    KeyPair kp = g.generateKeyPair();
    return new ECKey.Builder(curve, (ECPublicKey) kp.getPublic()).privateKey((ECPrivateKey) kp.getPrivate()).build();
  }

  private Value call(String name, Value... args) {
    return TestContext.call(new JwtBuiltins(), ctx, name, args);
  }

  private String sign(String alg, JWK key) {
    Value token = call("io.jwt.encode_sign", Json.parse("{\"alg\": \"" + alg + "\", \"typ\": \"JWT\"}"),
        Json.parse("{\"iss\": \"me\", \"aud\": \"you\", \"exp\": 4102444800}"), Json.parse(key.toJSONString()));
    return ((StringValue) token).value();
  }

  private static String pem(java.security.PublicKey k) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(k.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
  }

  @Test
  void everyAlgorithmRoundTrips() throws Exception {
    Map<String, JWK> keys = Map.ofEntries(Map.entry("RS256", rsa), Map.entry("RS384", rsa), Map.entry("RS512", rsa),
        Map.entry("PS256", rsa), Map.entry("PS384", rsa), Map.entry("PS512", rsa), Map.entry("ES256", p256),
        Map.entry("ES384", p384), Map.entry("ES512", p521), Map.entry("EdDSA", ed));
    for (Map.Entry<String, JWK> e : keys.entrySet()) {
      String alg = e.getKey();
      String token = sign(alg, e.getValue());
      String publicJwk = e.getValue().toPublicJWK().toJSONString();
      assertThat(call("io.jwt.verify_" + alg.toLowerCase(), StringValue.of(token), StringValue.of(publicJwk)))
          .as(alg).isEqualTo(BooleanValue.TRUE);
      Value verified = call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
          "cert", StringValue.of(publicJwk), "aud", StringValue.of("you"), "iss", StringValue.of("me")));
      assertThat(((ArrayValue) verified).get(0)).as(alg).isEqualTo(BooleanValue.TRUE);
      String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
      assertThat(call("io.jwt.verify_" + alg.toLowerCase(), StringValue.of(tampered), StringValue.of(publicJwk)))
          .as(alg).isEqualTo(BooleanValue.FALSE);
    }
    String rsToken = sign("RS256", rsa);
    assertThat(call("io.jwt.verify_rs256", StringValue.of(rsToken), StringValue.of(pem(rsa.toRSAPublicKey()))))
        .isEqualTo(BooleanValue.TRUE);
    assertThat(call("io.jwt.verify_es256", StringValue.of(rsToken), StringValue.of(pem(rsa.toRSAPublicKey()))))
        .isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void hmacAndConstraints() {
    String token = ((StringValue) call("io.jwt.encode_sign", Json.parse("{\"alg\": \"HS256\"}"),
        Json.parse("{\"nbf\": 1000, \"exp\": 2000}"), Json.parse("{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}"))).value();
    assertThat(call("io.jwt.verify_hs256", StringValue.of(token), StringValue.of("secret"))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("io.jwt.verify_hs256", StringValue.of(token), StringValue.of("other"))).isEqualTo(BooleanValue.FALSE);
    Value inWindow = call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
        "secret", StringValue.of("secret"), "time", NumberValue.of(1500_000_000_000L)));
    assertThat(((ArrayValue) inWindow).get(0)).isEqualTo(BooleanValue.TRUE);
    Value expired = call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
        "secret", StringValue.of("secret"), "time", NumberValue.of(2000_000_000_000L)));
    assertThat(expired).isEqualTo(Json.parse("[false, {}, {}]"));
    Value early = call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
        "secret", StringValue.of("secret"), "time", NumberValue.of(999_000_000_000L)));
    assertThat(early).isEqualTo(Json.parse("[false, {}, {}]"));
    assertThatThrownBy(() -> call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
        "secret", StringValue.of("s"), "cert", StringValue.of("{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}"))))
        .isInstanceOf(BuiltinException.class).hasMessage("duplicate key constraints");
    assertThatThrownBy(() -> call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.EMPTY))
        .hasMessage("no key constraint");
    assertThatThrownBy(() -> call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings(
        "secret", StringValue.of("s"), "foo", StringValue.of("x")))).hasMessage("unknown token validation constraint: foo");
  }

  @Test
  void pssWithOtherSaltLengthVerifiesOnlyWithVerifyPs() throws Exception {
    String input = GoBase64.encodeUrlRaw("{\"alg\":\"PS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + GoBase64.encodeUrlRaw("{}".getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("RSASSA-PSS");
    s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 0, 1));
    s.initSign(rsa.toRSAPrivateKey());
    s.update(input.getBytes(StandardCharsets.UTF_8));
    String token = input + "." + GoBase64.encodeUrlRaw(s.sign());
    String jwk = rsa.toPublicJWK().toJSONString();
    assertThat(call("io.jwt.verify_ps256", StringValue.of(token), StringValue.of(jwk))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("io.jwt.decode_verify", StringValue.of(token), ObjectValue.ofStrings("cert", StringValue.of(jwk))))
        .isEqualTo(Json.parse("[false, {}, {}]"));
  }

  @Test
  void kidSelectsKeyFromSet() {
    String token = ((StringValue) call("io.jwt.encode_sign", Json.parse("{\"alg\": \"ES256\", \"kid\": \"b\"}"),
        Json.parse("{}"), Json.parse(p256.toJSONString()))).value();
    String set = "{\"keys\": [" + new ECKey.Builder(p384.toPublicJWK()).keyID("a").build().toJSONString() + ", "
        + new ECKey.Builder(p256.toPublicJWK()).keyID("b").build().toJSONString() + "]}";
    assertThat(call("io.jwt.verify_es256", StringValue.of(token), StringValue.of(set))).isEqualTo(BooleanValue.TRUE);
    String wrongKid = "{\"keys\": [" + new ECKey.Builder(p384.toPublicJWK()).keyID("b").build().toJSONString() + "]}";
    assertThat(call("io.jwt.verify_es256", StringValue.of(token), StringValue.of(wrongKid)))
        .isEqualTo(BooleanValue.FALSE);
  }
}
