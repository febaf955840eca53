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

/** Malformed tokens through io.jwt.* compared with OPA v1.22.2's results and errors ({@code system/jwt-oracle.json}). */
class JwtOracleTest {
  @Test
  void malformedTokensBehaveAsOpa() throws Exception {
    BuiltinRegistry r = TestContext.registry(new JwtBuiltins());
    ArrayValue cases = JsonResources.cases("/system/jwt-oracle.json");
    List<String> failures = new ArrayList<>();
    for (Value v : cases.elements()) {
      ObjectValue c = (ObjectValue) v;
      String fn = ((StringValue) c.get("fn")).value();
      Value[] args = ((ArrayValue) c.get("args")).toArray();
      String label = fn + ValueFormatter.rego(c.get("args"));
      try {
        Value got = r.get(fn).call(new TestContext(), args);
        if (c.get("want") == null || !c.get("want").equals(got)) {
          failures.add(label + ": got " + (got == null ? "undefined" : ValueFormatter.rego(got)) + " want "
              + (c.get("want") != null ? ValueFormatter.rego(c.get("want")) : c.get("error")));
        }
      } catch (BuiltinException e) {
        Value want = c.get("error");
        if (!(want instanceof StringValue s) || !s.value().equals(fn + ": " + e.getMessage())) {
          failures.add(label + ": error " + e.getMessage() + " want "
              + (want != null ? want : ValueFormatter.rego(c.get("want"))));
        }
      }
    }
    failures.forEach(f -> System.out.println("JWT FAIL " + f));
    assertThat(failures).isEmpty();
  }
}
