package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** OPA's {@code topdown/array.go}: {@code array.concat flatten reverse slice}. */
public final class ArrayFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("array.concat", (ctx, a) -> {
      ArrayValue x = Args.array(a, 0);
      ArrayValue y = Args.array(a, 1);
      if (x.size() == 0) {
        return y;
      }
      if (y.size() == 0) {
        return x;
      }
      Value[] out = new Value[x.size() + y.size()];
      for (int i = 0; i < x.size(); i++) {
        out[i] = x.get(i);
      }
      for (int i = 0; i < y.size(); i++) {
        out[x.size() + i] = y.get(i);
      }
      return ArrayValue.wrap(out);
    });
    r.register("array.flatten", (ctx, a) -> flatten(Args.array(a, 0)));
    r.register("array.reverse", (ctx, a) -> {
      ArrayValue x = Args.array(a, 0);
      int n = x.size();
      Value[] out = new Value[n];
      for (int i = 0; i < n; i++) {
        out[i] = x.get(n - 1 - i);
      }
      return ArrayValue.wrap(out);
    });
    r.register("array.slice", (ctx, a) -> {
      ArrayValue x = Args.array(a, 0);
      long start = GoNumbers.intOperand(a, 1);
      long stop = GoNumbers.intOperand(a, 2);
      int len = x.size();
      stop = stop < 0 ? 0 : Math.min(stop, len);
      start = start < 0 ? 0 : Math.min(start, stop);
      if (start == 0 && stop >= len) {
        return x;
      }
      return x.slice((int) start, (int) stop);
    });
  }

  /** Flattens one level: nested arrays are spliced in, other elements kept. */
  static ArrayValue flatten(ArrayValue x) {
    List<Value> out = new ArrayList<>(x.size());
    boolean nested = false;
    for (Value v : x.elements()) {
      if (v instanceof ArrayValue inner) {
        nested = true;
        out.addAll(inner.elements());
      } else {
        out.add(v);
      }
    }
    return nested ? ArrayValue.of(out) : x;
  }
}
