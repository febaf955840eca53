package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable revision of a bundle: Rego modules by path and data documents by data path
 * ({@code a/b} is placed at {@code data.a.b}; {@code ""} is the root document).
 *
 * @param revision the revision number (0 for a bundle not yet stored)
 * @param modules module source text by path
 * @param data JSON documents by data path
 */
public record PolicyBundle(long revision, Map<String, String> modules, Map<String, Value> data) {
  public PolicyBundle {
    modules = Collections.unmodifiableMap(new TreeMap<>(modules));
    data = Collections.unmodifiableMap(new TreeMap<>(data));
  }

  /** A bundle with no modules and no data. */
  public static PolicyBundle empty() {
    return new PolicyBundle(0, Map.of(), Map.of());
  }

  /** The data documents merged into the single {@code data} document the policies see. */
  public ObjectValue dataDocument() {
    return DataPaths.merge(data);
  }

  /** The same content under another revision number. */
  public PolicyBundle withRevision(long newRevision) {
    return new PolicyBundle(newRevision, modules, data);
  }
}
