package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the base {@code data} document from documents placed at paths, as OPA merges a bundle's data files:
 * objects found at the same key merge, any other overlap is a conflict naming both sources.
 */
final class DataTree {
  private ObjectValue root = ObjectValue.EMPTY;
  /** Which source wrote each leaf path, to name both sides of a conflict. */
  private final Map<String, String> owners = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** Places {@code value} at {@code path}; a conflict is recorded and the document skipped. */
  void put(DataDocument doc) {
    Value placed = doc.value();
    if (doc.path().isEmpty() && !(placed instanceof ObjectValue)) {
      problems.add(doc.source() + ": a data document at the root of data must be an object, found "
          + placed.typeName());
      return;
    }
    for (int i = doc.path().size() - 1; i >= 0; i--) {
      placed = ObjectValue.EMPTY.with(StringValue.of(doc.path().get(i)), placed);
    }
    String conflict = conflict(root, (ObjectValue) placed, "data");
    if (conflict != null) {
      problems.add(doc.source() + ": data conflict at " + conflict + " (also written by "
          + owners.getOrDefault(conflict, "another document") + ")");
      return;
    }
    recordOwners((ObjectValue) placed, "data", doc.source());
    root = merge(root, (ObjectValue) placed);
  }

  ObjectValue root() {
    return root;
  }

  List<String> problems() {
    return problems;
  }

  private static String conflict(ObjectValue existing, ObjectValue added, String at) {
    for (Value key : added.keys()) {
      Value have = existing.get(key);
      if (have == null) {
        continue;
      }
      String path = at + "." + name(key);
      if (!(have instanceof ObjectValue ho) || !(added.get(key) instanceof ObjectValue ao)) {
        return path;
      }
      String below = conflict(ho, ao, path);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  private static ObjectValue merge(ObjectValue existing, ObjectValue added) {
    ObjectValue out = existing;
    for (Value key : added.keys()) {
      Value have = out.get(key);
      Value add = added.get(key);
      out = out.with(key, have instanceof ObjectValue ho && add instanceof ObjectValue ao ? merge(ho, ao) : add);
    }
    return out;
  }

  private void recordOwners(ObjectValue placed, String at, String source) {
    for (Value key : placed.keys()) {
      String path = at + "." + name(key);
      if (placed.get(key) instanceof ObjectValue child && !child.isEmpty()) {
        recordOwners(child, path, source);
      } else {
        owners.put(path, source);
      }
    }
  }

  private static String name(Value key) {
    return key instanceof StringValue s ? s.value() : key.toString();
  }
}
