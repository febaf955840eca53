package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;

/**
 * A value's text as OPA's {@code ast.Value.String()} prints it: strings quoted by Go's
 * {@code strconv.Quote}, numbers as their text, {@code {"a": 1}}, {@code {1, 2}}, {@code set()}.
 */
public final class GoValueText {
  private GoValueText() {}

  public static String of(Value v) {
    StringBuilder sb = new StringBuilder();
    append(sb, v);
    return sb.toString();
  }

  static void append(StringBuilder sb, Value v) {
    if (v instanceof NullValue) {
      sb.append("null");
    } else if (v instanceof BooleanValue b) {
      sb.append(b.value());
    } else if (v instanceof NumberValue n) {
      sb.append(n.toJsonText());
    } else if (v instanceof StringValue s) {
      sb.append(GoQuote.quote(s.value()));
    } else if (v instanceof ArrayValue a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, a.get(i));
      }
      sb.append(']');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      for (int i = 0; i < o.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, o.keyAt(i));
        sb.append(": ");
        append(sb, o.valueAt(i));
      }
      sb.append('}');
    } else if (v instanceof SetValue s) {
      if (s.isEmpty()) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, s.get(i));
      }
      sb.append('}');
    }
  }
}
