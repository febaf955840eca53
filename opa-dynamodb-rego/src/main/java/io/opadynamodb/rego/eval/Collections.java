package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;

/** Iteration and lookup over collections as refs see them (arrays by index, sets by element). */
final class Collections {
  /** Receives one key/value pair; returns true to stop. */
  @FunctionalInterface
  interface Entry {
    boolean accept(Value key, Value value);
  }

  private Collections() {}

  /** Iterates the collection in OPA's order; returns true when a callback stopped it. */
  static boolean forEach(Value coll, Entry f) {
    if (coll instanceof ObjectValue o) {
      for (int i = 0; i < o.size(); i++) {
        if (f.accept(o.keyAt(i), o.valueAt(i))) {
          return true;
        }
      }
    } else if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) {
        if (f.accept(NumberValue.of(i), a.get(i))) {
          return true;
        }
      }
    } else if (coll instanceof SetValue s) {
      for (int i = 0; i < s.size(); i++) {
        Value e = s.get(i);
        if (f.accept(e, e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code coll[key]}, or null when undefined. */
  static Value lookup(Value coll, Value key) {
    if (coll instanceof ObjectValue o) {
      return o.get(key);
    }
    if (coll instanceof ArrayValue a) {
      if (key instanceof NumberValue n && n.isInteger()) {
        java.math.BigInteger bi = n.bigIntegerValueOrNull();
        if (bi != null && bi.signum() >= 0 && bi.bitLength() < 31 && bi.intValue() < a.size()) {
          return a.get(bi.intValue());
        }
      }
      return null;
    }
    if (coll instanceof SetValue s) {
      return s.contains(key) ? key : null;
    }
    return null;
  }
}
