package io.opadynamodb.spring.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces values at configured input paths before an input is logged. A path is written as OPA's decision-log
 * masks are: {@code /subject/attributes/ssn} (an optional leading {@code /input} is ignored).
 */
public final class InputMask {
  /** What a masked value is replaced with. */
  public static final String MASKED = "**masked**";

  private final List<List<String>> paths;

  /**
   * @throws IllegalArgumentException for a path that does not start with {@code /} or has an empty segment
   */
  public InputMask(List<String> paths) {
    this.paths = new ArrayList<>();
    for (String path : paths) {
      this.paths.add(parse(path));
    }
  }

  /** Checks a mask path; {@code /a/b} to {@code [a, b]}. */
  static List<String> parse(String path) {
    if (path == null || !path.startsWith("/") || path.length() < 2 || path.contains("//") || path.endsWith("/")) {
      throw new IllegalArgumentException("invalid mask path \"" + path
          + "\": expected /part/part..., e.g. /subject/attributes/ssn");
    }
    List<String> parts = new ArrayList<>(List.of(path.substring(1).split("/")));
    if (parts.get(0).equals("input") && parts.size() > 1) {
      parts.remove(0);
    }
    return parts;
  }

  /** A copy of {@code input} with every configured path that exists masked; the input itself is not changed. */
  public Map<String, Object> apply(Map<String, Object> input) {
    if (paths.isEmpty()) {
      return input;
    }
    Map<String, Object> copy = copy(input);
    for (List<String> path : paths) {
      mask(copy, path);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void mask(Map<String, Object> doc, List<String> path) {
    Map<String, Object> at = doc;
    for (int i = 0; i < path.size() - 1; i++) {
      if (!(at.get(path.get(i)) instanceof Map<?, ?> next)) {
        return;
      }
      at = (Map<String, Object>) next;
    }
    String last = path.get(path.size() - 1);
    if (at.containsKey(last)) {
      at.put(last, MASKED);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    doc.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v));
    return out;
  }
}
