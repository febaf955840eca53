package io.opadynamodb.rego.builtins;

import java.util.List;

/** System built-in families (see {@link StandardBuiltins}). */
final class SystemFamilies {
  private SystemFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of();
  }
}
