package io.opadynamodb.rego.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays {@code text-golden.jsonl}: calls of the text built-ins with the results (or errors) the
 * real OPA v1.22.2 gave for them (regenerate with {@code src/test/oracle/gen_text_golden.py}).
 */
class TextBuiltinsGoldenTest {
  private static final BuiltinRegistry REGISTRY = StandardBuiltins.registry();

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("text-golden.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        ObjectValue rec = (ObjectValue) Json.parse(line);
        String name = ((StringValue) rec.get("name")).value();
        String argsText = ((StringValue) rec.get("args")).value();
        tests.add(DynamicTest.dynamicTest(name + argsText, () -> check(name, argsText, rec)));
      }
    }
    return tests.stream();
  }

  private static void check(String name, String argsText, ObjectValue rec) {
    BuiltinFunction fn = REGISTRY.get(name);
    assertThat(fn).as("registered " + name).isNotNull();
    Value[] args = ((ArrayValue) withSets(Json.parse(argsText))).toArray();
    Value got;
    try {
      got = fn.call(new TestContext(), args);
    } catch (BuiltinException e) {
      if (rec.get("error") == null) {
        fail("unexpected error: " + e.getMessage());
      }
      String code = e.haltCode() != null ? e.haltCode() : e.isTypeError() ? "eval_type_error" : "eval_builtin_error";
      String message = e.haltCode() != null ? e.getMessage() : name + ": " + e.getMessage();
      assertThat(message).isEqualTo(((StringValue) rec.get("error")).value());
      assertThat(code).isEqualTo(((StringValue) rec.get("code")).value());
      return;
    }
    if (rec.get("error") != null) {
      fail("expected error " + rec.get("error") + " but got " + got);
    }
    if (rec.get("undefined") != null) {
      assertThat(got).isNull();
      return;
    }
    assertThat(got).isEqualTo(rec.get("want"));
  }

  /** Turns {"$set": [...]} objects into sets. */
  private static Value withSets(Value v) {
    if (v instanceof ObjectValue o) {
      if (o.size() == 1 && o.get("$set") instanceof ArrayValue a) {
        List<Value> elems = new ArrayList<>();
        for (Value e : a.elements()) {
          elems.add(withSets(e));
        }
        return SetValue.of(elems);
      }
      ObjectValue.Builder b = ObjectValue.builder();
      for (int i = 0; i < o.size(); i++) {
        b.put(withSets(o.keyAt(i)), withSets(o.valueAt(i)));
      }
      return b.build();
    }
    if (v instanceof ArrayValue a) {
      Value[] out = new Value[a.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = withSets(a.get(i));
      }
      return ArrayValue.wrap(out);
    }
    return v;
  }
}
