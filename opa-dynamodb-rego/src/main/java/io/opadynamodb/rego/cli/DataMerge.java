package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** Deep merge of data documents, as opa's loader merges the files it reads. */
final class DataMerge {
  private DataMerge() {}

  /**
   * The path (keys from the root) of the first key, in key order, that both documents define where at least one
   * of the two values is not an object; null when the documents merge cleanly.
   */
  static List<String> conflict(ObjectValue existing, ObjectValue added) {
    for (Value key : added.keys()) {
      Value have = existing.get(key);
      if (have == null) {
        continue;
      }
      Value add = added.get(key);
      String name = key instanceof StringValue s ? s.value() : key.toString();
      if (!(have instanceof ObjectValue ho) || !(add instanceof ObjectValue ao)) {
        return new ArrayList<>(List.of(name));
      }
      List<String> below = conflict(ho, ao);
      if (below != null) {
        below.add(0, name);
        return below;
      }
    }
    return null;
  }

  /** The union of two conflict-free documents, merging objects found at the same key. */
  static ObjectValue merge(ObjectValue existing, ObjectValue added) {
    ObjectValue out = existing;
    for (Value key : added.keys()) {
      Value have = out.get(key);
      Value add = added.get(key);
      if (have instanceof ObjectValue ho && add instanceof ObjectValue ao) {
        out = out.with(key, merge(ho, ao));
      } else {
        out = out.with(key, add);
      }
    }
    return out;
  }
}
