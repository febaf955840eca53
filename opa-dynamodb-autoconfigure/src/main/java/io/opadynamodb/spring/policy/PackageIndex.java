package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.Ref;
import io.opadynamodb.rego.ast.Rule;
import io.opadynamodb.rego.ast.Scalar;
import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.ast.Var;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The router's map of the policies, written at {@code data.opadynamodb} since Rego cannot list packages by itself:
 * {@code packages} gives, for every package under {@code data.policies}, its name relative to {@code data.policies}
 * ({@code "compute.cpus"}), its path ({@code ["compute","cpus"]}) and its rule names; {@code groups} gives, for
 * every first segment ({@code "compute"}), the sorted names of the packages below it. {@link PolicySetCompiler}
 * adds {@code routes} after compiling, from the router's own route table.
 */
final class PackageIndex {
  /** The data path the index is written at. */
  static final List<String> DATA_PATH = List.of("opadynamodb");

  /** Where the router's route table goes in the index, once evaluated on the compiled set. */
  static final String ROUTES = "routes";

  /** The deepest package the router reaches, relative to {@code data.policies} (its value_at functions). */
  static final int MAX_DEPTH = 5;

  private static final String ROOT = "policies";

  private PackageIndex() {}

  static ObjectValue of(List<Module> modules) {
    Map<String, List<String>> paths = new TreeMap<>();
    Map<String, TreeSet<String>> rules = new TreeMap<>();
    for (Module module : modules) {
      List<String> path = names(module.pkg().path());
      // data.policies.<group>...: drop "data" and "policies"
      if (path.size() < 3 || !path.get(1).equals(ROOT)) {
        continue;
      }
      List<String> relative = path.subList(2, path.size());
      String name = String.join(".", relative);
      paths.put(name, relative);
      TreeSet<String> ruleNames = rules.computeIfAbsent(name, n -> new TreeSet<>());
      for (Rule rule : module.rules()) {
        String ruleName = ruleName(rule);
        if (ruleName != null) {
          ruleNames.add(ruleName);
        }
      }
    }
    ObjectValue.Builder packages = ObjectValue.builder();
    Map<String, List<String>> groups = new TreeMap<>();
    paths.forEach((name, path) -> {
      packages.put(name, ObjectValue.builder()
          .put("path", strings(path))
          .put("rules", strings(new ArrayList<>(rules.get(name))))
          .build());
      groups.computeIfAbsent(path.get(0), g -> new ArrayList<>()).add(name);
    });
    ObjectValue.Builder byGroup = ObjectValue.builder();
    groups.forEach((group, names) -> byGroup.put(group, strings(names)));
    return ObjectValue.builder().put("packages", packages.build()).put("groups", byGroup.build()).build();
  }

  private static String ruleName(Rule rule) {
    Term first = rule.head().ref().get(0);
    if (first instanceof Var v) {
      return v.name();
    }
    return first instanceof Scalar s && s.value() instanceof StringValue str ? str.value() : null;
  }

  private static List<String> names(Ref ref) {
    List<String> out = new ArrayList<>();
    for (Term t : ref.terms()) {
      if (t instanceof Var v) {
        out.add(v.name());
      } else if (t instanceof Scalar s && s.value() instanceof StringValue str) {
        out.add(str.value());
      } else {
        out.add(t.toString());
      }
    }
    return out;
  }

  private static ArrayValue strings(List<String> values) {
    List<Value> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(StringValue.of(v));
    }
    return ArrayValue.of(out);
  }
}
