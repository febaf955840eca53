package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.TestRule;
import io.opadynamodb.rego.ast.Module;
import java.util.List;

/** Finds the tests among the rules of the modules as {@code opa test} does (see {@link TestRule}). */
final class TestDiscovery {
  private TestDiscovery() {}

  static List<TestCase> find(List<Module> modules) {
    return TestRule.find(modules).stream()
        .map(t -> new TestCase(t.pkg(), t.name(), t.location().file(), t.location().row(), t.skip()))
        .toList();
  }
}
