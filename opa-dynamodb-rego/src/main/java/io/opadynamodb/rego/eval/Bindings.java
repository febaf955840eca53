package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.value.Value;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Variable bindings of one scope (a query, a rule body, a function call) as a stack, so
 * backtracking restores the previous state by cutting it back to a mark. A scope binds few
 * variables, so a scan from the top is cheaper than hashing names. Names come from {@link
 * io.opadynamodb.rego.ast.Var}, which interns them, so they compare by identity. Comprehensions share
 * their enclosing scope.
 */
final class Bindings {
  private String[] names = new String[8];
  private Value[] values = new Value[8];
  private int size;

  Value get(String name) {
    for (int i = size - 1; i >= 0; i--) {
      if (names[i] == name) {
        return values[i];
      }
    }
    return null;
  }

  int mark() {
    return size;
  }

  void bind(String name, Value v) {
    if (size == names.length) {
      grow();
    }
    names[size] = name;
    values[size++] = v;
  }

  private void grow() {
    names = Arrays.copyOf(names, size * 2);
    values = Arrays.copyOf(values, size * 2);
  }

  void undo(int mark) {
    for (int i = size - 1; i >= mark; i--) {
      names[i] = null;
      values[i] = null;
    }
    size = Math.min(size, mark);
  }

  /** The current bindings (a copy, for result rows). */
  Map<String, Value> snapshot() {
    Map<String, Value> out = new HashMap<>();
    for (int i = 0; i < size; i++) {
      out.put(names[i], values[i]);
    }
    return out;
  }
}
