package io.opadynamodb.rego.ast;

import java.util.List;

/**
 * A parsed policy module.
 *
 * @param file the file name used in locations
 * @param pkg the package declaration
 * @param imports the imports in source order
 * @param rules the rules in source order
 * @param annotations every {@code # METADATA} block of the module (package- and rule-scoped)
 * @param version the syntax version the module was parsed with
 */
public record Module(String file, Package pkg, List<Import> imports, List<Rule> rules, List<Annotations> annotations,
    RegoVersion version) {
  public Module {
    imports = List.copyOf(imports);
    rules = List.copyOf(rules);
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
  }
}
