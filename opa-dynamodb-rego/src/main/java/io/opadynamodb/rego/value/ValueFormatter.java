package io.opadynamodb.rego.value;

/** Renders values as Rego text ({@code {"a": [1, {2}]}}) and as JSON text. */
public final class ValueFormatter {
  private ValueFormatter() {}

  /**
   * Rego's textual form as OPA's {@code ast.Value.String()} prints it: strings quoted by Go's
   * {@code strconv.Quote} ({@link GoQuote}), sets as {@code {1, 2}}, the empty set as {@code set()}.
   */
  public static String rego(Value v) {
    StringBuilder sb = new StringBuilder();
    appendRego(sb, v);
    return sb.toString();
  }

  /** Compact JSON: sets become arrays and non-string object keys their JSON text. */
  public static String json(Value v) {
    StringBuilder sb = new StringBuilder();
    appendJson(sb, v);
    return sb.toString();
  }

  private static void appendRego(StringBuilder sb, Value v) {
    if (v instanceof SetValue s) {
      if (s.isEmpty()) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        appendRego(sb, s.get(i));
      }
      sb.append('}');
    } else if (v instanceof ArrayValue a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        appendRego(sb, a.get(i));
      }
      sb.append(']');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      for (int i = 0; i < o.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        appendRego(sb, o.keyAt(i));
        sb.append(": ");
        appendRego(sb, o.valueAt(i));
      }
      sb.append('}');
    } else if (v instanceof StringValue s) {
      sb.append(GoQuote.quote(s.value()));
    } else {
      appendJson(sb, v);
    }
  }

  private static void appendJson(StringBuilder sb, Value v) {
    if (v instanceof NullValue) {
      sb.append("null");
    } else if (v instanceof BooleanValue b) {
      sb.append(b.value());
    } else if (v instanceof NumberValue n) {
      sb.append(n.toJsonText());
    } else if (v instanceof StringValue s) {
      quote(sb, s.value());
    } else if (v instanceof ArrayValue a) {
        sb.append('[');
        for (int i = 0; i < a.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          appendJson(sb, a.get(i));
        }
        sb.append(']');
    } else if (v instanceof SetValue s) {
        sb.append('[');
        for (int i = 0; i < s.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          appendJson(sb, s.get(i));
        }
        sb.append(']');
    } else if (v instanceof ObjectValue o) {
        sb.append('{');
        for (int i = 0; i < o.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          Value k = o.keyAt(i);
          quote(sb, k instanceof StringValue s ? s.value() : json(k));
          sb.append(':');
          appendJson(sb, o.valueAt(i));
        }
        sb.append('}');
    }
  }

  /** Appends a JSON string literal, escaping as Go's encoding/json does (HTML-safe off). */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
