package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A change to a bundle: modules and data documents to add or replace, paths to delete, applied
 * to the active revision (or to an empty bundle when {@code replaceAll}).
 *
 * @param modules module source by path, added or replaced
 * @param data JSON documents by data path, added or replaced
 * @param delete module paths or data paths to remove
 * @param expectedRevision when not null, the revision the caller saw: if another is active the
 *     publish is a conflict
 * @param replaceAll true to publish exactly {@code modules} and {@code data}, dropping the rest
 * @param publishedBy who publishes (recorded in the manifest)
 */
public record PublishRequest(Map<String, String> modules, Map<String, Value> data, List<String> delete,
    Long expectedRevision, boolean replaceAll, String publishedBy) {
  public PublishRequest {
    modules = modules == null ? Map.of() : Map.copyOf(modules);
    data = data == null ? Map.of() : Map.copyOf(data);
    delete = delete == null ? List.of() : List.copyOf(delete);
    publishedBy = publishedBy == null ? "unknown" : publishedBy;
  }

  /** Publishes exactly the given bundle's modules and data as the next revision. */
  public static PublishRequest replacing(PolicyBundle bundle, String publishedBy) {
    return new PublishRequest(bundle.modules(), bundle.data(), List.of(), null, true, publishedBy);
  }
}
