package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;

/** OPA's {@code topdown/sets.go}: {@code set_diff}, {@code intersection}, {@code union}. */
public final class SetsFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("set_diff", (ctx, a) -> Args.set(a, 0).minus(Args.set(a, 1)));
    r.register("intersection", (ctx, a) -> intersection(Args.set(a, 0)));
    r.register("union", (ctx, a) -> union(Args.set(a, 0)));
  }

  static SetValue intersection(SetValue sets) {
    SetValue result = null;
    for (Value v : sets.elements()) {
      SetValue s = memberSet(v);
      result = result == null ? s : result.intersect(s);
    }
    return result == null ? SetValue.EMPTY : result;
  }

  static SetValue union(SetValue sets) {
    SetValue.Builder b = SetValue.builder();
    for (Value v : sets.elements()) {
      memberSet(v);
    }
    for (Value v : sets.elements()) {
      for (Value e : ((SetValue) v).elements()) {
        b.add(e);
      }
    }
    return b.build();
  }

  /** Members must be sets; OPA reports a bad member as operand 1 itself. */
  private static SetValue memberSet(Value v) {
    if (v instanceof SetValue s) {
      return s;
    }
    throw Args.typeError(1, v, "set");
  }
}
