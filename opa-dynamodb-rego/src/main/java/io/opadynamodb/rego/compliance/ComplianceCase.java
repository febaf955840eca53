package io.opadynamodb.rego.compliance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One case of OPA's YAML compliance format.
 *
 * @param file the YAML file
 * @param family the directory the file is in (e.g. {@code aggregates})
 * @param note the case's note
 * @param raw the case as parsed by SnakeYAML
 */
public record ComplianceCase(Path file, String family, String note, Map<String, Object> raw) {
  String query() {
    return (String) raw.get("query");
  }

  @SuppressWarnings("unchecked")
  List<String> modules() {
    Object m = raw.get("modules");
    return m == null ? List.of() : (List<String>) m;
  }

  boolean flag(String key) {
    return Boolean.TRUE.equals(raw.get(key));
  }

  /** The key used in the exclusions file: {@code <family>/<note>}. */
  String key() {
    return note.startsWith(family + "/") ? note : family + "/" + note;
  }
}
