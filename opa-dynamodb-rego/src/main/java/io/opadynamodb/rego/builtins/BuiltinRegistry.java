package io.opadynamodb.rego.builtins;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Built-in implementations by name. The standard catalogue is {@link StandardBuiltins#registry()};
 * applications add their own with {@link #register}.
 */
public final class BuiltinRegistry {
  // Hashed: every built-in call looks its implementation up by name.
  private final Map<String, BuiltinFunction> functions = new HashMap<>();

  /** Registers (or replaces) the implementation of a built-in. */
  public BuiltinRegistry register(String name, BuiltinFunction fn) {
    functions.put(name, fn);
    return this;
  }

  /** The implementation, or null when none is registered. */
  public BuiltinFunction get(String name) {
    return functions.get(name);
  }

  public boolean contains(String name) {
    return functions.containsKey(name);
  }

  /** Every registered name and implementation, sorted by name (a read-only copy). */
  public Map<String, BuiltinFunction> all() {
    return Collections.unmodifiableMap(new TreeMap<>(functions));
  }

  /** A copy that can be extended without affecting this registry. */
  public BuiltinRegistry copy() {
    BuiltinRegistry r = new BuiltinRegistry();
    r.functions.putAll(functions);
    return r;
  }
}
