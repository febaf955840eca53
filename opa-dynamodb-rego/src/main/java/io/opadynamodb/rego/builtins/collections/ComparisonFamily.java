package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.BooleanValue;

/** OPA's {@code topdown/comparison.go}: {@code == != < <= > >=} over the total order of values. */
public final class ComparisonFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("equal", (ctx, a) -> BooleanValue.of(a[0].equals(a[1])));
    r.register("neq", (ctx, a) -> BooleanValue.of(!a[0].equals(a[1])));
    r.register("lt", (ctx, a) -> BooleanValue.of(a[0].compareTo(a[1]) < 0));
    r.register("lte", (ctx, a) -> BooleanValue.of(a[0].compareTo(a[1]) <= 0));
    r.register("gt", (ctx, a) -> BooleanValue.of(a[0].compareTo(a[1]) > 0));
    r.register("gte", (ctx, a) -> BooleanValue.of(a[0].compareTo(a[1]) >= 0));
  }
}
