package io.opadynamodb.rego.builtins;

import java.util.List;

/** Data built-in families (see {@link StandardBuiltins}). */
final class DataFamilies {
  private DataFamilies() {}

  static List<BuiltinFamily> all() {
    return List.of(new io.opadynamodb.rego.parser.ParseModuleBuiltin());
  }
}
