package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never crashes: random arguments give a result, undefined or a BuiltinException only. */
class SystemBuiltinsRobustnessTest {
  private static final String[] STRINGS = {"", "a.b.c", "..", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
      "-----BEGIN", "MIIB", "eyJhbGciOiJIUzI1NiJ9.e30.", "{\"kty\":\"RSA\"}", "{\"keys\":[{}]}", "2006-01-02",
      "Mon Jan _2 15:04:05 MST 2006", "1h", "\u00b5s", "9999999999999999999999h", "==", "%%", "Z07:00", ".000",
      "{\"alg\":\"HS256\"}", "{\"kty\":\"oct\",\"k\":\"\"}", "\u0000\uffff", "America/New_York", "Foo/Bar"};

  private static Value random(Random r, int depth) {
    switch (r.nextInt(depth > 1 ? 5 : 8)) {
      case 0:
        return StringValue.of(STRINGS[r.nextInt(STRINGS.length)]);
      case 1:
        return NumberValue.parse(List.of("0", "-1", "1.5", "1e400", "9223372036854775808", "-9223372036854775808",
            "1700000000000000000", "3").get(r.nextInt(8)));
      case 2:
        return BooleanValue.of(r.nextBoolean());
      case 3:
        return NullValue.INSTANCE;
      case 4:
        return StringValue.of(STRINGS[r.nextInt(STRINGS.length)] + STRINGS[r.nextInt(STRINGS.length)]);
      case 5: {
        List<Value> l = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
          l.add(random(r, depth + 1));
        }
        return ArrayValue.of(l);
      }
      case 6: {
        ObjectValue.Builder b = ObjectValue.builder();
        String[] keys = {"method", "url", "cert", "secret", "alg", "time", "aws_service", "aws_access_key",
            "aws_secret_access_key", "aws_region", "headers", "body", "DNSName", "KeyUsages", "CurrentTime"};
        for (int i = r.nextInt(5); i > 0; i--) {
          b.put(keys[r.nextInt(keys.length)], random(r, depth + 1));
        }
        return b.build();
      }
      default:
        return SetValue.of(random(r, depth + 1));
    }
  }

  @Test
  void randomArgumentsNeverCrash() {
    BuiltinRegistry reg = new BuiltinRegistry();
    for (var f : List.of(new TimeBuiltins(), new CryptoBuiltins(), new JwtBuiltins(), new X509Builtins(),
        new AwsSignBuiltin(), new RandBuiltins(), new RuntimeBuiltins())) {
      f.register(reg);
    }
    Map<String, Integer> arity = Map.ofEntries(Map.entry("time.add_date", 4), Map.entry("time.diff", 2),
        Map.entry("time.parse_ns", 2), Map.entry("io.jwt.decode_verify", 2), Map.entry("io.jwt.encode_sign", 3),
        Map.entry("io.jwt.encode_sign_raw", 3), Map.entry("providers.aws.sign_req", 3),
        Map.entry("crypto.x509.parse_keypair", 2), Map.entry("crypto.x509.parse_and_verify_certificates_with_options", 2),
        Map.entry("rand.intn", 2), Map.entry("opa.runtime", 0), Map.entry("time.now_ns", 0));
    Random r = new Random(1234);
    List<String> crashes = new ArrayList<>();
    for (Map.Entry<String, BuiltinFunction> e : reg.all().entrySet()) {
      int n = arity.getOrDefault(e.getKey(), e.getKey().startsWith("io.jwt.verify_") || e.getKey().startsWith(
          "crypto.hmac.") ? 2 : 1);
      for (int i = 0; i < 300; i++) {
        Value[] args = new Value[n];
        for (int j = 0; j < n; j++) {
          args[j] = random(r, 0);
        }
        try {
          e.getValue().call(new TestContext(), args);
        } catch (BuiltinException ok) {
          // typed error: fine
        } catch (RuntimeException crash) {
          crashes.add(e.getKey() + " " + java.util.Arrays.toString(args) + ": " + crash);
        }
      }
    }
    crashes.stream().limit(20).forEach(c -> System.out.println("CRASH " + (c.length() > 400 ? c.substring(0, 400) : c)));
    assertThat(crashes).isEmpty();
  }
}
