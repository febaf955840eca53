package io.opadynamodb.test;

import io.opadynamodb.rego.TestRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** Builds the test tree: a container per module file of the project, a test per {@code test_*} rule. */
final class PolicyTestDiscoverer {
  private PolicyTestDiscoverer() {}

  static void discover(PolicyEngineDescriptor engine, List<PolicyRoot> roots) {
    LoadedPolicies loaded = load(roots);
    if (loaded.failed()) {
      PolicyFileDescriptor container = new PolicyFileDescriptor(engine.getUniqueId(), PolicyRoots.CLASSPATH_FOLDER);
      container.addChild(new LoadFailureDescriptor(container.getUniqueId(), loaded.errors()));
      engine.addChild(container);
      return;
    }
    engine.policies(loaded.policies());
    Map<String, List<TestRule>> byFile = new LinkedHashMap<>();
    for (TestRule rule : TestRule.find(loaded.policies().modules())) {
      byFile.computeIfAbsent(rule.location().file(), f -> new ArrayList<>()).add(rule);
    }
    byFile.forEach((name, rules) -> {
      PolicyFile file = loaded.modules().get(name);
      if (file == null || !file.root().runsTests()) {
        return; // tests of policies shipped in jars belong to those jars' builds
      }
      PolicyFileDescriptor container = new PolicyFileDescriptor(engine.getUniqueId(), name);
      rules.forEach(rule -> container.addChild(new PolicyTestDescriptor(container.getUniqueId(), rule, file)));
      engine.addChild(container);
    });
  }

  private static LoadedPolicies load(List<PolicyRoot> roots) {
    try {
      return PolicyLoader.load(roots);
    } catch (RuntimeException | LinkageError e) {
      // a failed discovery would stop every engine's tests: report it as the one failing policy test instead
      return new LoadedPolicies(null, Map.of(), List.of("unexpected " + e));
    }
  }

  /** Keeps only the selected tests (and the containers on their way), as when an IDE reruns one test. */
  static void keepOnly(TestDescriptor parent, Set<UniqueId> selected) {
    for (TestDescriptor d : new ArrayList<>(parent.getChildren())) {
      UniqueId id = d.getUniqueId();
      if (selected.stream().anyMatch(id::hasPrefix)) {
        continue; // selected, with everything below it
      }
      if (selected.stream().anyMatch(s -> s.hasPrefix(id))) {
        keepOnly(d, selected); // on the way to a selected test
      } else {
        parent.removeChild(d);
      }
    }
  }
}
