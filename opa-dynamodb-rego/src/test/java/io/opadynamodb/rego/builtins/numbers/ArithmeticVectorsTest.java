package io.opadynamodb.rego.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.builtins.collections.AggregatesFamily;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential vectors: every line is an arithmetic call and the exact number text the real
 * {@code opa} v1.22.2 binary printed for it ({@code opa eval -f json}).
 */
class ArithmeticVectorsTest {
  private static final BuiltinRegistry REGISTRY = new BuiltinRegistry();

  static {
    new ArithmeticFamily().register(REGISTRY);
    new AggregatesFamily().register(REGISTRY);
  }

  @Test
  void everyVectorPrintsAsOpaPrintsIt() throws Exception {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/bi-coll/arithmetic-vectors.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        count++;
        BuiltinFunction fn = REGISTRY.get(f[0]);
        Value[] args = f[2].isEmpty() ? new Value[] {arg(f[1])} : new Value[] {arg(f[1]), arg(f[2])};
        String got;
        try {
          got = ((NumberValue) fn.call(null, args)).toJsonText();
        } catch (RuntimeException e) {
          got = e.toString();
        }
        if (!got.equals(f[3])) {
          failures.add(f[0] + "(" + f[1] + (f[2].isEmpty() ? "" : ", " + f[2]) + ") = " + got + ", OPA: " + f[3]);
        }
      }
    }
    assertThat(count).isGreaterThan(1000);
    assertThat(failures).as("%d failures", failures.size()).isEmpty();
  }

  private static Value arg(String text) {
    if (text.startsWith("[")) {
      List<Value> elems = new ArrayList<>();
      for (String s : text.substring(1, text.length() - 1).split(",")) {
        elems.add(NumberValue.parse(s));
      }
      return ArrayValue.of(elems);
    }
    return NumberValue.parse(text);
  }
}
