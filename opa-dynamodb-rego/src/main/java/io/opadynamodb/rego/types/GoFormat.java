package io.opadynamodb.rego.types;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/**
 * Prints a constant the way Go's {@code %v} prints the native value OPA converts it to: object
 * type keys in messages appear as {@code object<a: string>} (no quotes).
 */
final class GoFormat {
  private GoFormat() {}

  static String value(Value v) {
    if (v instanceof StringValue s) {
      return s.value();
    }
    if (v instanceof NullValue) {
      return "<nil>";
    }
    if (v instanceof BooleanValue b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof NumberValue n) {
      return n.toJsonText();
    }
    if (v instanceof ArrayValue a) {
      return list(a.elements());
    }
    if (v instanceof SetValue s) {
      return list(s.elements());
    }
    ObjectValue o = (ObjectValue) v;
    StringBuilder sb = new StringBuilder("map[");
    for (int i = 0; i < o.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(value(o.keyAt(i))).append(':').append(value(o.valueAt(i)));
    }
    return sb.append(']').toString();
  }

  private static String list(java.util.List<Value> elems) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < elems.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(value(elems.get(i)));
    }
    return sb.append(']').toString();
  }
}
