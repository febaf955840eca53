package io.opadynamodb.test;

import java.util.List;

/**
 * One file read from a {@link PolicyRoot}.
 *
 * @param root the folder it was found in
 * @param relativePath its path below the root, with {@code /} separators
 * @param text its content
 */
record PolicyFile(PolicyRoot root, String relativePath, String text) {

  /** The name used in locations and reports, e.g. {@code policies/rbac/policy_test.rego}. */
  String name() {
    return root.namePrefix() + "/" + relativePath;
  }

  boolean isModule() {
    return relativePath.endsWith(".rego");
  }

  boolean isData() {
    String lower = relativePath.toLowerCase();
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** The folders between the root and the file: where a data file's document is placed under {@code data}. */
  List<String> folders() {
    String[] parts = relativePath.split("/");
    return List.of(parts).subList(0, parts.length - 1);
  }
}
