package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.value.Value;
import java.util.List;

/**
 * One data document of a {@link PolicyBundle}, placed under {@code data} at {@code path}.
 *
 * @param source where it came from (a file name or a store key), used in error messages
 * @param path the keys from {@code data} down to where the document goes; empty merges it at {@code data}
 * @param value the document
 */
public record DataDocument(String source, List<String> path, Value value) {
  public DataDocument {
    path = List.copyOf(path);
  }
}
