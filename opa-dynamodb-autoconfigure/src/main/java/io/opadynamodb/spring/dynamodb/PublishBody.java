package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.PublishRequest;
import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked body of {@code POST /actuator/opa}: either a change (modules, data, delete, expected_revision) or a
 * rollback ({@code rollback_to}), never both. Wrong types are an {@link IllegalArgumentException} naming the field.
 */
record PublishBody(Map<String, String> modules, Map<String, Value> data, List<String> delete, Long expectedRevision,
    Long rollbackTo) {

  private static final Set<String> FIELDS = Set.of("modules", "data", "delete",
      "expected_revision", "rollback_to");

  /** Checks a parsed JSON body. */
  static PublishBody of(Map<String, Object> body) {
    for (String field : body.keySet()) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field '" + field + "'; allowed: modules, data, delete, "
            + "expected_revision, rollback_to");
      }
    }
    return of(object("modules", body.get("modules")), object("data", body.get("data")),
        list("delete", body.get("delete")), body.get("expected_revision"), body.get("rollback_to"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String field, Object value) {
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new IllegalArgumentException(field + " must be a JSON object");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(String field, Object value) {
    if (value == null || value instanceof List) {
      return (List<Object>) value;
    }
    throw new IllegalArgumentException(field + " must be a JSON array");
  }

  static PublishBody of(Map<String, Object> modules, Map<String, Object> data, List<Object> delete,
      Object expectedRevision, Object rollbackTo) {
    Long rollback = revision("rollback_to", rollbackTo);
    if (rollback != null && (modules != null || data != null || delete != null || expectedRevision != null)) {
      throw new IllegalArgumentException("rollback_to cannot be combined with modules, data, delete or "
          + "expected_revision");
    }
    if (rollback == null && modules == null && data == null && delete == null) {
      throw new IllegalArgumentException("nothing to do: send modules, data or delete (and optionally "
          + "expected_revision), or rollback_to");
    }
    Map<String, String> sources = new LinkedHashMap<>();
    if (modules != null) {
      modules.forEach((path, source) -> {
        if (!(source instanceof String text)) {
          throw new IllegalArgumentException("modules." + path + " must be the Rego source as a string");
        }
        sources.put(path, text);
      });
    }
    Map<String, Value> documents = new LinkedHashMap<>();
    if (data != null) {
      data.forEach((path, doc) -> documents.put(path, JavaValues.fromJava(doc)));
    }
    List<String> paths = new ArrayList<>();
    if (delete != null) {
      for (Object path : delete) {
        if (!(path instanceof String text)) {
          throw new IllegalArgumentException("delete must be a list of module or data paths (strings)");
        }
        paths.add(text);
      }
    }
    return new PublishBody(sources, documents, paths, revision("expected_revision", expectedRevision), rollback);
  }

  PublishRequest request(String publishedBy) {
    return new PublishRequest(modules, data, delete, expectedRevision, false, publishedBy);
  }

  private static Long revision(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
      return n.longValue();
    }
    if (value instanceof String s && s.matches("\\d{1,18}")) {
      return Long.parseLong(s);
    }
    throw new IllegalArgumentException(field + " must be a revision number; got " + value);
  }
}
