package io.opadynamodb.rego.parser;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The names of OPA's built-in functions, from the bundled capabilities file. */
final class BuiltinNames {
  private BuiltinNames() {}

  private static volatile Set<String> names;
  private static final Set<String> VOID = Set.of("print", "internal.print", "internal.test_case");

  /** Built-ins without a result (always succeed, produce nothing). */
  static boolean isVoid(String name) {
    return VOID.contains(name);
  }

  static boolean contains(String name) {
    return all().contains(name);
  }

  static Set<String> all() {
    Set<String> n = names;
    if (n == null) {
      n = load();
      names = n;
    }
    return n;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = BuiltinNames.class.getResourceAsStream("/opa-capabilities-v1.22.2.json")) {
      if (in != null) {
        JsonNode root = new ObjectMapper().readTree(in);
        for (JsonNode b : root.get("builtins")) {
          out.add(b.get("name").asString());
        }
      }
    } catch (java.io.IOException e) {
      // without the file, only the name-conflict message is affected
    }
    return Set.copyOf(out);
  }
}
