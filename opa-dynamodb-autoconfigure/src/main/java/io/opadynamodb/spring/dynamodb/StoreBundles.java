package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.LoadedBundle;
import io.opadynamodb.spring.policy.DataDocument;
import io.opadynamodb.spring.policy.PolicyBundle;
import io.opadynamodb.spring.policy.PolicyLoadException;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts between the store's bundles (data by path {@code a/b}) and the engine's (data by key list). */
final class StoreBundles {
  private StoreBundles() {}

  /** The revision label the engine shows for a store revision. */
  static String label(long revision) {
    return Long.toString(revision);
  }

  /** The engine's view of a loaded store revision; module paths stay as stored (errors name them). */
  static PolicyBundle toEngine(LoadedBundle loaded, String origin) {
    io.opadynamodb.dynamodb.store.PolicyBundle content = loaded.bundle();
    PolicyBundle.Builder b = PolicyBundle.builder(label(loaded.manifest().revision()));
    content.modules().forEach(b::module);
    content.data().forEach((path, value) -> b.data(origin + " data " + (path.isEmpty() ? "/" : path),
        path.isEmpty() ? List.of() : List.of(path.split("/")), value));
    return b.build();
  }

  /**
   * The store's view of a classpath bundle, for seeding: module paths relative to {@code location}, data placed
   * at its folder path joined with {@code /}.
   *
   * @throws PolicyLoadException when two data documents have the same folder (the store keeps one per path)
   */
  static io.opadynamodb.dynamodb.store.PolicyBundle toStore(PolicyBundle bundle, String location) {
    Map<String, String> modules = new TreeMap<>();
    bundle.modules().forEach((path, source) -> modules.put(relative(path, location), source));
    Map<String, Value> data = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (DataDocument doc : bundle.data()) {
      String path = String.join("/", doc.path());
      if (data.putIfAbsent(path, doc.value()) != null) {
        problems.add(doc.source() + ": another data document is already placed at data." + String.join(".", doc.path())
            + "; the store keeps one document per path, merge them into one file");
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return new io.opadynamodb.dynamodb.store.PolicyBundle(0, modules, data);
  }

  private static String relative(String path, String location) {
    return path.startsWith(location) ? path.substring(location.length()) : path;
  }
}
