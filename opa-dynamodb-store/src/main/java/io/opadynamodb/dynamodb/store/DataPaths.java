package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Data paths, written {@code a/b/c} (the document is placed at {@code data.a.b.c}; the empty path
 * is the root), and the merge of documents into one data tree.
 */
public final class DataPaths {
  private DataPaths() {}

  /** The canonical form of a path ({@code /a/b/} and {@code a.b}... are not the same: only '/' separates). */
  public static String normalize(String path) {
    String p = path == null ? "" : path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.contains("#")) {
      throw new IllegalArgumentException("data path '" + path + "' must not contain '#'");
    }
    for (String s : segments(p)) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("data path '" + path + "' has an empty segment");
      }
    }
    return p;
  }

  static List<String> segments(String normalized) {
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split("/", -1));
  }

  /**
   * Merges documents given by path into one data document. Objects merge key by key; any other
   * overlap is a conflict.
   *
   * @throws IllegalArgumentException naming the conflicting paths
   */
  public static ObjectValue merge(Map<String, Value> documents) {
    Value root = ObjectValue.EMPTY;
    for (Map.Entry<String, Value> e : documents.entrySet()) {
      root = put(root, segments(e.getKey()), 0, e.getValue(), e.getKey());
    }
    if (!(root instanceof ObjectValue o)) {
      throw new IllegalArgumentException("the document at the root data path must be an object");
    }
    return o;
  }

  /** {@code target} with {@code v} merged in at {@code segments[i..]}. */
  static Value put(Value target, List<String> segments, int i, Value v, String where) {
    if (i == segments.size()) {
      return mergeValues(target, v, where);
    }
    if (target != null && !(target instanceof ObjectValue)) {
      throw new IllegalArgumentException("data at path '" + where + "' conflicts with a non-object value at '"
          + String.join("/", segments.subList(0, i)) + "'");
    }
    ObjectValue obj = target == null ? ObjectValue.EMPTY : (ObjectValue) target;
    StringValue key = StringValue.of(segments.get(i));
    return obj.with(key, put(obj.get(key), segments, i + 1, v, where));
  }

  private static Value mergeValues(Value existing, Value v, String where) {
    if (existing == null) {
      return v;
    }
    if (existing instanceof ObjectValue a && v instanceof ObjectValue b) {
      // One builder for the whole merge: ObjectValue.with copies, which is quadratic on large documents.
      ObjectValue.Builder out = a.toBuilder();
      for (int k = 0; k < b.size(); k++) {
        Value key = b.keyAt(k);
        out.put(key, mergeValues(a.get(key), b.valueAt(k), where));
      }
      return out.build();
    }
    throw new IllegalArgumentException("data at path '" + where + "' conflicts with other data at the same place");
  }

  /** Appends a key to a list of path segments. */
  static List<String> child(List<String> segments, String key) {
    List<String> out = new ArrayList<>(segments);
    out.add(key);
    return out;
  }
}
