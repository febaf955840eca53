package io.opadynamodb.rego.builtins;

import java.util.List;

/** Core built-in families (see {@link StandardBuiltins}). */
final class CoreFamilies {
  private CoreFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of();
  }
}
