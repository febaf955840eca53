package io.opadynamodb.rego.builtins.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential vectors for every built-in of the number and collection families: each line holds
 * a call and what the real {@code opa} v1.22.2 binary answered (value, undefined, or error code
 * and message in strict mode). Sets are written {@code {"$set": [...]}}.
 */
class BuiltinVectorsTest {
  private static final BuiltinRegistry REGISTRY = StandardBuiltins.registry();

  @ParameterizedTest
  @ValueSource(strings = {"/bi-coll/builtin-vectors.jsonl", "/bi-coll/random-vectors.jsonl"})
  void everyCallAnswersAsOpa(String resource) throws Exception {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        count++;
        String failure = check((ObjectValue) Json.parse(line));
        if (failure != null) {
          failures.add(failure);
        }
      }
    }
    assertThat(count).isGreaterThan(500);
    assertThat(failures).as("%d failures", failures.size()).isEmpty();
  }

  private static String check(ObjectValue rec) {
    String fn = ((StringValue) rec.get("fn")).value();
    ArrayValue argList = (ArrayValue) rec.get("args");
    Value[] args = new Value[argList.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = decode(argList.get(i));
    }
    String call = fn + Json.write(argList);
    BuiltinFunction f = REGISTRY.get(fn);
    if (f == null) {
      return call + ": not registered";
    }
    Value got;
    try {
      got = f.call(null, args);
    } catch (BuiltinException e) {
      if (rec.get("error") == null) {
        return call + ": unexpected error " + e.getMessage();
      }
      String wantMsg = ((StringValue) rec.get("error")).value();
      String wantCode = ((StringValue) rec.get("code")).value();
      String gotCode = e.haltCode() != null ? e.haltCode() : e.isTypeError() ? "eval_type_error" : "eval_builtin_error";
      String gotMsg = e.haltCode() != null ? e.getMessage() : fn + ": " + e.getMessage();
      if (!wantMsg.equals(gotMsg) || !wantCode.equals(gotCode)) {
        return call + ": error " + gotCode + " " + gotMsg + ", OPA: " + wantCode + " " + wantMsg;
      }
      return null;
    }
    if (rec.get("error") != null) {
      return call + ": got " + show(got) + ", OPA error: " + rec.get("error");
    }
    if (rec.get("undefined") != null) {
      return got == null ? null : call + ": got " + show(got) + ", OPA: undefined";
    }
    if (got == null) {
      return call + ": undefined, OPA: " + rec.get("want");
    }
    Value want = Json.parse(((StringValue) rec.get("want")).value());
    if (rec.get("fmt") != null) {
      return sameNumberText((StringValue) want, got) ? null : call + ": got " + show(got) + ", OPA: " + want;
    }
    return Json.write(want).equals(Json.write(got)) ? null : call + ": got " + show(got) + ", OPA: " + Json.write(want);
  }

  /** {@code to_number} results, which OPA printed with sprintf("%v") as their (possibly non-JSON) text. */
  private static boolean sameNumberText(StringValue want, Value got) {
    if (!(got instanceof NumberValue n)) {
      return false;
    }
    if (want.value().equals(n.toJsonText())) {
      return true;
    }
    // OPA keeps ".5", "+1", "1_000" verbatim, which are no JSON numbers; we keep their value.
    // sprintf("%v") prints other non-integers through float64, so compare at that precision.
    String text = want.value().replace("_", "");
    try {
      BigDecimal w = new BigDecimal(text);
      return w.compareTo(n.bigDecimalValue()) == 0 || w.doubleValue() == n.doubleValue();
    } catch (NumberFormatException e) {
      return text.startsWith("0x");
    }
  }

  private static String show(Value v) {
    return v == null ? "undefined" : Json.write(v);
  }

  private static Value decode(Value v) {
    if (v instanceof ObjectValue o) {
      Value set = o.get("$set");
      if (set != null && o.size() == 1) {
        SetValue.Builder b = SetValue.builder();
        for (Value e : ((ArrayValue) set).elements()) {
          b.add(decode(e));
        }
        return b.build();
      }
      ObjectValue.Builder b = ObjectValue.builder();
      o.forEach((k, x) -> b.put(k, decode(x)));
      return b.build();
    }
    if (v instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>();
      for (Value e : a.elements()) {
        out.add(decode(e));
      }
      return ArrayValue.of(out);
    }
    return v;
  }
}
