package io.opadynamodb.rego.compiler;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The state compiler stages share: the modules being rewritten, errors found, generated names. */
final class CompileContext {
  List<Module> modules;
  final List<RegoError> errors = new ArrayList<>();
  final BuiltinCatalog catalog;
  final Map<String, String> originalNames;
  RuleNode root = new RuleNode("data");
  private int counter;
  /** Variable names written in the source, never reused for generated names. */
  final java.util.Set<String> reserved = new java.util.HashSet<>();
  private final String localPrefix;

  CompileContext(List<Module> modules, BuiltinCatalog catalog, String localPrefix, Map<String, String> originalNames) {
    this.modules = new ArrayList<>(modules);
    this.catalog = catalog;
    this.localPrefix = localPrefix;
    this.originalNames = originalNames;
  }

  /** A fresh local variable name ({@code __local3__}), remembering which source name it replaces. */
  String freshLocal(String original) {
    String n = localPrefix + (counter++) + "__";
    while (reserved.contains(n)) {
      n = localPrefix + (counter++) + "__";
    }
    originalNames.put(n, original);
    return n;
  }

  /** The source name of a (possibly generated) variable, as OPA prints it in messages. */
  String sourceName(String var) {
    String o = originalNames.get(var);
    if (o != null) {
      return o;
    }
    return var.startsWith("$") ? "_" : var;
  }

  void error(String code, String message, Location loc) {
    errors.add(new RegoError(code, message, loc));
  }

  static Map<String, String> newNameMap() {
    return new HashMap<>();
  }
}
