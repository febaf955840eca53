package io.opadynamodb.rego.builtins.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** gqlparser's validator/core/helpers.go: "did you mean" suggestions and or-lists. */
final class Suggestions {
  private Suggestions() {}

  /** The options close enough to {@code input}, closest first. */
  static List<String> list(String input, List<String> options) {
    List<String> results = new ArrayList<>();
    Map<String, Integer> byDistance = new HashMap<>();
    int threshold = Math.max((int) Math.floor(input.getBytes(StandardCharsets.UTF_8).length * 0.4) + 1, 1);
    for (String option : options) {
      int distance = lexicalDistance(input, option);
      if (distance <= threshold) {
        results.add(option);
        byDistance.put(option, distance);
      }
    }
    results.sort(Comparator.comparingInt(byDistance::get));
    return results;
  }

  private static int lexicalDistance(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    if (la.equals(lb)) {
      return 1;
    }
    return levenshtein(la.codePoints().toArray(), lb.codePoints().toArray());
  }

  private static int levenshtein(int[] s, int[] t) {
    int[] prev = new int[t.length + 1];
    int[] cur = new int[t.length + 1];
    for (int j = 0; j <= t.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= s.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= t.length; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[t.length];
  }

  /** Given [A, B, C] returns '"A", "B", or "C"'. */
  static String quotedOrList(List<String> items) {
    List<String> quoted = new ArrayList<>();
    for (String item : items) {
      quoted.add("\"" + item + "\"");
    }
    return orList(quoted);
  }

  /** Given [A, B, C] returns 'A, B, or C' (at most five items). */
  static String orList(List<String> items) {
    List<String> list = items.size() > 5 ? items.subList(0, 5) : items;
    if (list.size() == 2) {
      return list.get(0) + " or " + list.get(1);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      if (i != 0) {
        sb.append(i == list.size() - 1 ? ", or " : ", ");
      }
      sb.append(list.get(i));
    }
    return sb.toString();
  }
}
