package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.SetValue;

/** OPA's {@code topdown/binary.go}: the set operators {@code &} ({@code and}) and {@code |} ({@code or}). */
public final class BinaryFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("and", (ctx, a) -> {
      SetValue s1 = Args.set(a, 0);
      SetValue s2 = Args.set(a, 1);
      return s1.intersect(s2);
    });
    r.register("or", (ctx, a) -> {
      SetValue s1 = Args.set(a, 0);
      SetValue s2 = Args.set(a, 1);
      return s1.union(s2);
    });
  }
}
