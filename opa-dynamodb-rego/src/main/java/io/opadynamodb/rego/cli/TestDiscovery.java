package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.RefNames;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the tests among the rules of the modules as {@code opa test} does: rules (not functions) whose name, or
 * a ground part of their ref, starts with {@code test_} (or {@code todo_test_}, skipped). A test defined by
 * several rules with one name is one test.
 */
final class TestDiscovery {
  private TestDiscovery() {}

  static List<TestCase> find(List<Module> modules) {
    List<TestCase> tests = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Module m : modules) {
      String pkg = RefNames.dotted(m.pkg().path());
      for (Rule rule : m.rules()) {
        if (rule.head().isFunction()) {
          continue;
        }
        String name = testName(rule.head().ref());
        if (name == null || !seen.add(pkg + "\u0000" + name)) {
          continue;
        }
        int row = rule.location() == null ? 0 : rule.location().row();
        tests.add(new TestCase(pkg, name, m.file(), row, name.startsWith(TestCase.SKIP_PREFIX)
            || name.contains("." + TestCase.SKIP_PREFIX)));
      }
    }
    return tests;
  }

  /** The ref's ground prefix up to its first test-named part, dotted; null when it names no test. */
  private static String testName(Ref ref) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ref.size(); i++) {
      Term t = ref.get(i);
      String part;
      if (i == 0 && t instanceof Var v) {
        part = v.name();
      } else if (i > 0 && t instanceof Scalar s && s.value() instanceof StringValue str) {
        part = str.value();
      } else {
        return null;
      }
      if (i > 0) {
        sb.append('.');
      }
      sb.append(part);
      if (part.startsWith(TestCase.TEST_PREFIX) || part.startsWith(TestCase.SKIP_PREFIX)) {
        return sb.toString();
      }
    }
    return null;
  }
}
