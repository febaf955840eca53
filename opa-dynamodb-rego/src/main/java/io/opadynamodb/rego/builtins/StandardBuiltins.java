package io.opadynamodb.rego.builtins;

import java.util.List;

/**
 * The standard built-in catalogue of the pinned OPA version. Each family lives in its own class;
 * this list gathers them. Built-ins that need the evaluator itself ({@code walk}, {@code print},
 * {@code trace}, {@code rego.metadata.*}, {@code internal.*}) are handled by the evaluator.
 */
public final class StandardBuiltins {
  private static final List<List<BuiltinFamily>> FAMILIES =
      List.of(CoreFamilies.all(), DataFamilies.all(), SystemFamilies.all());

  private static final BuiltinRegistry REGISTRY = build();

  private StandardBuiltins() {}

  private static BuiltinRegistry build() {
    BuiltinRegistry r = new BuiltinRegistry();
    for (List<BuiltinFamily> group : FAMILIES) {
      for (BuiltinFamily f : group) {
        f.register(r);
      }
    }
    return r;
  }

  /** A fresh copy of the standard registry, which the caller may extend. */
  public static BuiltinRegistry registry() {
    return REGISTRY.copy();
  }
}
