package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * Variable bindings of one scope (a query, a rule body, a function call) with an undo trail, so
 * backtracking restores the previous state cheaply. Comprehensions share their enclosing scope.
 */
final class Bindings {
  private final HashMap<String, Value> values = new HashMap<>();
  private final ArrayList<String> trail = new ArrayList<>();

  Value get(String name) {
    return values.get(name);
  }

  int mark() {
    return trail.size();
  }

  void bind(String name, Value v) {
    values.put(name, v);
    trail.add(name);
  }

  void undo(int mark) {
    for (int i = trail.size() - 1; i >= mark; i--) {
      values.remove(trail.remove(i));
    }
  }

  /** The current bindings (read-only view for result rows). */
  Map<String, Value> snapshot() {
    return new HashMap<>(values);
  }
}
