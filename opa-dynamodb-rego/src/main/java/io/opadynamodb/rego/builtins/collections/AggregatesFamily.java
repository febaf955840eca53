package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.numbers.Accumulate;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's {@code topdown/aggregates.go}: {@code count sum product max min sort all any} and the
 * membership functions behind {@code in} ({@code internal.member_2}, {@code internal.member_3}).
 */
public final class AggregatesFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("count", (ctx, a) -> count(a[0]));
    r.register("sum", (ctx, a) -> Accumulate.sum(a[0], elements(a[0])));
    r.register("product", (ctx, a) -> Accumulate.product(a[0], elements(a[0])));
    r.register("max", (ctx, a) -> max(elements(a[0])));
    r.register("min", (ctx, a) -> min(elements(a[0])));
    r.register("sort", (ctx, a) -> sort(a[0]));
    r.register("all", (ctx, a) -> BooleanValue.of(all(a[0])));
    r.register("any", (ctx, a) -> BooleanValue.of(any(a[0])));
    r.register("internal.member_2", (ctx, a) -> BooleanValue.of(member(a[0], a[1])));
    r.register("internal.member_3", (ctx, a) -> BooleanValue.of(memberWithKey(a[0], a[1], a[2])));
  }

  static Value count(Value v) {
    if (v instanceof ArrayValue a) {
      return NumberValue.of(a.size());
    }
    if (v instanceof ObjectValue o) {
      return NumberValue.of(o.size());
    }
    if (v instanceof SetValue s) {
      return NumberValue.of(s.size());
    }
    if (v instanceof StringValue s) {
      return NumberValue.of(s.value().codePointCount(0, s.value().length()));
    }
    throw Args.typeError(1, v, "array", "object", "set", "string");
  }

  /** The elements of an array or set operand ({@code "set", "array"} in the error, as OPA). */
  private static List<Value> elements(Value v) {
    return elements(v, "set", "array");
  }

  /** The elements of an array or set operand, else a type error naming {@code expected} in OPA's order. */
  private static List<Value> elements(Value v, String... expected) {
    if (v instanceof ArrayValue a) {
      return a.elements();
    }
    if (v instanceof SetValue s) {
      return s.elements();
    }
    throw Args.typeError(1, v, expected);
  }

  /** The greatest element (the last of equal ones), undefined when empty. */
  static Value max(List<Value> elems) {
    Value best = null;
    for (Value v : elems) {
      if (best == null || best.compareTo(v) <= 0) {
        best = v;
      }
    }
    return best;
  }

  /** The least element (the last of equal ones), undefined when empty. */
  static Value min(List<Value> elems) {
    Value best = null;
    for (Value v : elems) {
      if (best == null || best.compareTo(v) >= 0) {
        best = v;
      }
    }
    return best;
  }

  static Value sort(Value v) {
    if (v instanceof ArrayValue a) {
      List<Value> copy = new ArrayList<>(a.elements());
      copy.sort(null);
      return ArrayValue.of(copy);
    }
    if (v instanceof SetValue s) {
      return ArrayValue.of(s.elements());
    }
    throw Args.typeError(1, v, "set", "array");
  }

  private static boolean all(Value v) {
    for (Value e : elements(v, "array", "set")) {
      if (e != BooleanValue.TRUE) {
        return false;
      }
    }
    return true;
  }

  private static boolean any(Value v) {
    if (v instanceof SetValue s) {
      return s.contains(BooleanValue.TRUE);
    }
    for (Value e : elements(v, "array", "set")) {
      if (e == BooleanValue.TRUE) {
        return true;
      }
    }
    return false;
  }

  /** {@code x in c}: a set member, an array element or an object value. */
  static boolean member(Value x, Value c) {
    if (c instanceof SetValue s) {
      return s.contains(x);
    }
    if (c instanceof ArrayValue a) {
      return a.elements().contains(x);
    }
    if (c instanceof ObjectValue o) {
      return o.values().contains(x);
    }
    return false;
  }

  /** {@code k, v in c}: the value at key (or index) k is v; for sets k and v are the member. */
  static boolean memberWithKey(Value key, Value val, Value c) {
    if (c instanceof SetValue s) {
      return s.contains(key) && key.equals(val);
    }
    if (c instanceof ObjectValue o) {
      return val.equals(o.get(key));
    }
    if (c instanceof ArrayValue a) {
      return val.equals(Paths.arrayGet(a, key));
    }
    return false;
  }
}
