package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.numbers.GoNumbers;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;

/** One step of OPA's {@code Term.Get}: object key, array index, or set member. */
final class Paths {
  private Paths() {}

  /** The child of {@code v} at {@code key}, or null. */
  static Value get(Value v, Value key) {
    if (v instanceof ObjectValue o) {
      return o.get(key);
    }
    if (v instanceof ArrayValue a) {
      return arrayGet(a, key);
    }
    if (v instanceof SetValue s) {
      return s.contains(key) ? key : null;
    }
    return null;
  }

  /** {@code Array.Get}: the index must be a number whose text is an int ("1.0" is, "1e0" is not). */
  static Value arrayGet(ArrayValue a, Value key) {
    if (!(key instanceof NumberValue n)) {
      return null;
    }
    Long i = GoNumbers.atoi64(n);
    if (i == null || i < 0 || i >= a.size()) {
      return null;
    }
    return a.get(i.intValue());
  }
}
