package io.opadynamodb.rego.builtins.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls the data built-ins with the arguments of {@code builtins-data/expected.tsv} and compares
 * with what the real {@code opa} v1.22.2 answered (see {@code gen_expected.py}): the exact JSON of
 * the result (number text included), undefined, or the error code and full message.
 */
class OracleCasesTest {
  private static final BuiltinRegistry REGISTRY = StandardBuiltins.registry();

  record Case(String name, String args, String outcome) {
    @Override
    public String toString() {
      return name + " " + args;
    }
  }

  static Stream<Case> cases() throws Exception {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        OracleCasesTest.class.getResourceAsStream("/builtins-data/expected.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        out.add(new Case(parts[0], parts[1], parts[2]));
      }
    }
    return out.stream();
  }

  /** Arguments as values: a top-level {"$set": [...]} is a set. */
  private static Value[] args(String json) {
    ArrayValue arr = (ArrayValue) Json.parse(json);
    Value[] out = new Value[arr.size()];
    for (int i = 0; i < out.length; i++) {
      Value a = arr.get(i);
      if (a instanceof ObjectValue o && o.size() == 1 && o.get("$set") instanceof ArrayValue s) {
        a = SetValue.of(s.elements());
      }
      out[i] = a;
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesOpa(Case c) {
    BuiltinFunction fn = REGISTRY.get(c.name);
    assertThat(fn).as("registered " + c.name).isNotNull();
    ObjectValue expected = (ObjectValue) Json.parse(c.outcome);
    String actual;
    try {
      Value v = fn.call(new TestContext(), args(c.args));
      actual = v == null ? "undefined" : "json " + Json.write(v);
    } catch (BuiltinException e) {
      actual = "error " + (e.isTypeError() ? "eval_type_error" : "eval_builtin_error") + " " + c.name + ": "
          + e.getMessage();
    }
    String want;
    if (expected.get("json") instanceof StringValue s) {
      want = "json " + s.value();
    } else if (expected.get("error") instanceof ObjectValue e) {
      want = "error " + ((StringValue) e.get("code")).value() + " " + ((StringValue) e.get("message")).value();
    } else {
      want = "undefined";
    }
    assertThat(actual).isEqualTo(want);
  }
}
