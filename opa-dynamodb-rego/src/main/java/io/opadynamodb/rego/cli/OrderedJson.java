package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * Writes output documents whose member order is fixed (as Go writes its structs) and whose leaves may be
 * Rego {@link Value}s, indented like Go's {@code json.MarshalIndent(x, "", "  ")}, which is what opa prints.
 *
 * <p>Documents are {@link Map}s (iterated in their own order: use a LinkedHashMap), {@link List}s,
 * {@link String}s, {@link Number}s, {@link Boolean}s, null and {@link Value}s.
 */
final class OrderedJson {
  private static final String INDENT = "  ";

  private OrderedJson() {}

  /** The document as indented JSON text, without a trailing newline. */
  static String write(Object doc) {
    StringBuilder sb = new StringBuilder();
    write(sb, doc, "");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object doc, String prefix) {
    if (doc instanceof Value v) {
      sb.append(Json.writePretty(v, prefix, INDENT));
    } else if (doc instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      String inner = prefix + INDENT;
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "\n" : ",\n").append(inner);
        Json.quote(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), inner);
        first = false;
      }
      sb.append('\n').append(prefix).append('}');
    } else if (doc instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      String inner = prefix + INDENT;
      sb.append('[');
      boolean first = true;
      for (Object item : list) {
        sb.append(first ? "\n" : ",\n").append(inner);
        write(sb, item, inner);
        first = false;
      }
      sb.append('\n').append(prefix).append(']');
    } else if (doc instanceof String s) {
      Json.quote(sb, s);
    } else if (doc == null) {
      sb.append("null");
    } else {
      sb.append(doc); // Number, Boolean
    }
  }
}
