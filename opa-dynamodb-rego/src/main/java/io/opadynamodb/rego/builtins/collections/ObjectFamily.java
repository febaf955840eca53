package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;

/**
 * OPA's {@code topdown/object.go}: {@code object.get keys remove filter union union_n}.
 */
public final class ObjectFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("object.get", (ctx, a) -> get(Args.object(a, 0), a[1], a[2]));
    r.register("object.keys", (ctx, a) -> SetValue.of(Args.object(a, 0).keys()));
    r.register("object.remove", (ctx, a) -> {
      ObjectValue obj = Args.object(a, 0);
      SetValue keys = keysParam(a[1]);
      ObjectValue.Builder b = ObjectValue.builder();
      obj.forEach((k, v) -> {
        if (!keys.contains(k)) {
          b.put(k, v);
        }
      });
      return b.build();
    });
    r.register("object.filter", (ctx, a) -> {
      ObjectValue obj = Args.object(a, 0);
      SetValue keys = keysParam(a[1]);
      ObjectValue.Builder b = ObjectValue.builder();
      obj.forEach((k, v) -> {
        if (keys.contains(k)) {
          b.put(k, v);
        }
      });
      return b.build();
    });
    r.register("object.union", (ctx, a) -> {
      ObjectValue x = Args.object(a, 0);
      ObjectValue y = Args.object(a, 1);
      if (x.isEmpty()) {
        return y;
      }
      if (y.isEmpty() || x.equals(y)) {
        return x;
      }
      return ObjectMerge.mergeWithOverwrite(x, y);
    });
    r.register("object.union_n", (ctx, a) -> ObjectMerge.unionN(Args.array(a, 0)));
  }

  /** {@code object.get}: a path array walks objects, arrays and sets; any other key is one step. */
  static Value get(ObjectValue obj, Value path, Value dflt) {
    if (!(path instanceof ArrayValue arr)) {
      Value v = obj.get(path);
      return v == null ? dflt : v;
    }
    Value curr = obj;
    for (int i = 0; i < arr.size() && curr != null; i++) {
      curr = Paths.get(curr, arr.get(i));
    }
    return curr == null ? dflt : curr;
  }

  /** The keys to remove or keep: an array's elements, a set, or an object's keys. */
  private static SetValue keysParam(Value v) {
    if (v instanceof ArrayValue a) {
      return SetValue.of(a.elements());
    }
    if (v instanceof SetValue s) {
      return s;
    }
    if (v instanceof ObjectValue o) {
      return SetValue.of(o.keys());
    }
    throw Args.typeError(2, v, "object", "set", "array");
  }
}
