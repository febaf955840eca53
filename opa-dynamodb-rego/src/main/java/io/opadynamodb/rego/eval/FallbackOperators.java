package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.value.BooleanValue;
import java.util.Map;

/**
 * Comparison operators used only while the {@code bi-coll} family (which owns them) is not
 * registered, so the core language can be exercised on its own. Registered built-ins win.
 */
final class FallbackOperators {
  private static final Map<String, BuiltinFunction> OPS = Map.of(
      "equal", (c, a) -> BooleanValue.of(a[0].equals(a[1])),
      "neq", (c, a) -> BooleanValue.of(!a[0].equals(a[1])),
      "lt", (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) < 0),
      "lte", (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) <= 0),
      "gt", (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) > 0),
      "gte", (c, a) -> BooleanValue.of(a[0].compareTo(a[1]) >= 0));

  private FallbackOperators() {}

  static BuiltinFunction get(String name) {
    return OPS.get(name);
  }
}
