package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.testsupport.JsonResources;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Certificates, CSRs and keys of OPA's compliance cases, parsed by our built-ins and compared with
 * what {@code opa eval} (v1.22.2) returned for them ({@code system/x509-oracle.json}).
 */
class X509OracleTest {
  @Test
  void matchesOpaOutput() throws Exception {
    BuiltinRegistry r = TestContext.registry(new X509Builtins());
    ArrayValue cases = JsonResources.cases("/system/x509-oracle.json");
    List<String> failures = new ArrayList<>();
    for (Value v : cases.elements()) {
      ObjectValue c = (ObjectValue) v;
      String fn = ((StringValue) c.get("fn")).value();
      Value input = c.get("input");
      String label = fn + "(" + ValueFormatter.rego(input).substring(0, 40) + "...)";
      try {
        Value got = r.get(fn).call(new TestContext(), new Value[] {input});
        if (c.get("want") == null) {
          failures.add(label + ": expected error " + c.get("error"));
        } else if (!c.get("want").equals(got)) {
          failures.add(label + ": " + diff(c.get("want"), got));
        }
      } catch (BuiltinException e) {
        String want = c.get("error") == null ? null : ((StringValue) c.get("error")).value();
        // Go's asn1/x509 parser details differ; the error kind (its first words) must match.
        String kind = (fn + ": " + e.getMessage()).substring(0, Math.min(fn.length() + 22, fn.length() + 2
            + e.getMessage().length()));
        if (want == null || !want.startsWith(kind)) {
          failures.add(label + ": error " + e.getMessage() + " want " + want);
        }
      }
    }
    failures.forEach(f -> System.out.println("  X509 FAIL " + (f.length() > 600 ? f.substring(0, 600) : f)));
    System.out.println("x509 oracle: " + cases.size() + " cases, " + failures.size() + " failed");
    assertThat(failures).isEmpty();
  }

  @Test
  void keyPairMatchesOpaOutput() throws Exception {
    BuiltinRegistry r = TestContext.registry(new X509Builtins());
    ArrayValue cases = JsonResources.cases("/system/keypair-oracle.json");
    for (Value v : cases.elements()) {
      ObjectValue c = (ObjectValue) v;
      Value got = r.get("crypto.x509.parse_keypair").call(new TestContext(), ((ArrayValue) c.get("args")).toArray());
      assertThat(diff(c.get("want"), got)).isEqualTo("");
    }
  }

  @Test
  void verifyWithOptionsMatchesOpa() throws Exception {
    BuiltinRegistry r = TestContext.registry(new X509Builtins());
    ArrayValue cases = JsonResources.cases("/system/verify-options-oracle.json");
    List<String> failures = new ArrayList<>();
    for (Value v : cases.elements()) {
      ObjectValue c = (ObjectValue) v;
      String fn = ((StringValue) c.get("fn")).value();
      Value[] args = ((ArrayValue) c.get("args")).toArray();
      String label = fn + (args.length > 1 ? ValueFormatter.rego(args[1]) : "");
      try {
        Value got = r.get(fn).call(new TestContext(), args);
        if (c.get("want") == null) {
          failures.add(label + ": expected error " + c.get("error"));
        } else if (!c.get("want").equals(got)) {
          failures.add(label + ": " + diff(c.get("want"), got));
        }
      } catch (BuiltinException e) {
        if (c.get("error") == null || !c.get("error").equals(StringValue.of(fn + ": " + e.getMessage()))) {
          failures.add(label + ": error " + e.getMessage() + " want " + c.get("error"));
        }
      }
    }
    failures.forEach(f -> System.out.println("  VERIFY FAIL " + (f.length() > 600 ? f.substring(0, 600) : f)));
    assertThat(failures).isEmpty();
  }

  private static String diff(Value want, Value got) {
    if (want.equals(got)) {
      return "";
    }
    if (want instanceof ObjectValue w && got instanceof ObjectValue g) {
      StringBuilder sb = new StringBuilder();
      for (Value k : w.keys()) {
        if (!w.get(k).equals(g.get(k))) {
          sb.append(ValueFormatter.rego(k)).append(": ").append(g.get(k) == null ? "missing" : diff(w.get(k), g.get(k)))
              .append("; ");
        }
      }
      for (Value k : g.keys()) {
        if (w.get(k) == null) {
          sb.append("extra ").append(ValueFormatter.rego(k)).append("; ");
        }
      }
      return sb.toString();
    }
    if (want instanceof ArrayValue w && got instanceof ArrayValue g && w.size() == g.size()) {
      for (int i = 0; i < w.size(); i++) {
        if (!w.get(i).equals(g.get(i))) {
          return "[" + i + "] " + diff(w.get(i), g.get(i));
        }
      }
    }
    return "want " + trim(want) + " got " + (got == null ? "undefined" : trim(got));
  }

  private static String trim(Value v) {
    String s = ValueFormatter.rego(v);
    return s.length() > 150 ? s.substring(0, 150) + "..." : s;
  }
}
