package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Location;
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
 * A policy test, found among the rules of modules as {@code opa test} finds them: a rule (not a function) whose
 * name, or a ground part of its ref, starts with {@code test_}; {@code todo_test_} rules are skipped tests.
 * Several rules of one name are one test. A test passes when its query evaluates to {@code true}.
 *
 * @param pkg the package ref, e.g. {@code data.rbac.authz_test}
 * @param name the rule's name within the package, e.g. {@code test_alice_reads_server123}
 * @param location the file, row and column of the rule's first definition
 * @param skip true for {@code todo_test_} rules, which are reported and not run
 */
public record TestRule(String pkg, String name, Location location, boolean skip) {

  public static final String TEST_PREFIX = "test_";
  public static final String SKIP_PREFIX = "todo_test_";

  public TestRule {
    location = location == null ? Location.NONE : location;
  }

  /** The query that evaluates the test, e.g. {@code data.rbac.authz_test.test_alice_reads_server123}. */
  public String query() {
    return pkg + "." + name;
  }

  /** The tests of the modules (for example {@link PolicySet#modules()}), in module and rule order. */
  public static List<TestRule> find(List<Module> modules) {
    List<TestRule> tests = new ArrayList<>();
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
        boolean skip = name.startsWith(SKIP_PREFIX) || name.contains("." + SKIP_PREFIX);
        Location at = rule.location() != null ? rule.location() : new Location(m.file(), 0, 0, "");
        tests.add(new TestRule(pkg, name, at, skip));
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
      if (part.startsWith(TEST_PREFIX) || part.startsWith(SKIP_PREFIX)) {
        return sb.toString();
      }
    }
    return null;
  }
}
