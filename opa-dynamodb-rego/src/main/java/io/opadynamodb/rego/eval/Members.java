package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Evaluator-implemented built-ins: {@code internal.member_2/3} ({@code in}) and {@code walk}. */
final class Members {
  private Members() {}

  /** {@code x in coll}: x is a value of coll. */
  static boolean member2(Value x, Value coll) {
    return Collections.forEach(coll, (k, v) -> v.equals(x));
  }

  /** {@code k, v in coll}. */
  static boolean member3(Value key, Value val, Value coll) {
    Value found = Collections.lookup(coll, key);
    return found != null && found.equals(val);
  }

  /** {@code walk(x)}: every [path, value] pair, pre-order. */
  static boolean walk(Value root, VK k) {
    return walk(new ArrayList<>(), root, k);
  }

  private static boolean walk(List<Value> path, Value v, VK k) {
    if (k.accept(ArrayValue.of(ArrayValue.of(new ArrayList<>(path)), v))) {
      return true;
    }
    if (v instanceof ObjectValue || v instanceof ArrayValue || v instanceof SetValue) {
      return Collections.forEach(v, (key, child) -> {
        path.add(key);
        boolean stop = walk(path, child, k);
        path.remove(path.size() - 1);
        return stop;
      });
    }
    return false;
  }
}
