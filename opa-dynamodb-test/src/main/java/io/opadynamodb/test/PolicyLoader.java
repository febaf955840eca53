package io.opadynamodb.test;

import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files of the roots and compiles them into one policy set, as the application would see them.
 *
 * <p>Surefire discovers tests once per test class before running them, so the same files are compiled again and
 * again: the last few results are kept, keyed by the files' content (a changed file compiles afresh).
 */
final class PolicyLoader {
  private static final int CACHED = 4;
  private static final Map<List<PolicyFile>, LoadedPolicies> RECENT = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<PolicyFile>, LoadedPolicies> eldest) {
      return size() > CACHED;
    }
  };

  private PolicyLoader() {}

  static LoadedPolicies load(List<PolicyRoot> roots) {
    List<PolicyFile> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (PolicyRoot root : roots) {
      try {
        files.addAll(PolicyFileReader.read(root));
      } catch (IOException | RuntimeException e) {
        errors.add(root.location() + ": " + e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      return new LoadedPolicies(null, Map.of(), errors);
    }
    synchronized (RECENT) {
      return RECENT.computeIfAbsent(List.copyOf(files), PolicyLoader::compile);
    }
  }

  private static LoadedPolicies compile(List<PolicyFile> files) {
    Map<String, PolicyFile> modules = new LinkedHashMap<>();
    DataDocument data = new DataDocument();
    for (PolicyFile file : files) {
      if (file.isModule()) {
        modules.put(uniqueName(modules, file.name()), file);
      } else {
        data.add(file);
      }
    }
    List<String> errors = new ArrayList<>(data.errors());
    if (!errors.isEmpty()) {
      return new LoadedPolicies(null, modules, errors);
    }
    PolicySet.Builder builder = PolicySet.builder().data(data.data());
    modules.forEach((name, file) -> builder.module(name, file.text()));
    try {
      return new LoadedPolicies(builder.build(), modules, List.of());
    } catch (RegoException e) {
      return new LoadedPolicies(null, modules, e.errors().stream().map(PolicyLoader::describe).toList());
    }
  }

  /** {@code file:row:col: code: message}, the location in full so that an IDE can jump to it. */
  static String describe(RegoError error) {
    return error.location().row() == 0
        ? error.code() + ": " + error.message()
        : error.location() + ": " + error.code() + ": " + error.message();
  }

  /** The same relative file in main and test resources gets a distinct name, so that both load. */
  private static String uniqueName(Map<String, PolicyFile> taken, String name) {
    String candidate = name;
    for (int n = 2; taken.containsKey(candidate); n++) {
      candidate = name + " (" + n + ")";
    }
    return candidate;
  }
}
