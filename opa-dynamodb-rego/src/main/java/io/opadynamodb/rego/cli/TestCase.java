package io.opadynamodb.rego.cli;

/**
 * A {@code test_*} (or skipped {@code todo_test_*}) rule found in a module.
 *
 * @param pkg the package path, e.g. {@code data.rbac.authz_test}
 * @param name the rule's name within the package, e.g. {@code test_alice_reads}
 * @param file the module's file
 * @param row the row of the rule's first definition
 * @param skip true for {@code todo_test_} rules, which are reported and not run
 */
record TestCase(String pkg, String name, String file, int row, boolean skip) {

  /** The query that evaluates the test. */
  String query() {
    return pkg + "." + name;
  }
}
