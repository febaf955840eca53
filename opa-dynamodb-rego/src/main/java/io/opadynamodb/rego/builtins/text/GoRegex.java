package io.opadynamodb.rego.builtins.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Go {@code regexp} methods OPA uses, on re2j patterns, with Go's match iteration rules. */
final class GoRegex {
  private GoRegex() {}

  /**
   * Go's {@code allMatches}: successive non-overlapping matches, at most {@code n} (all when
   * negative); an empty match right after a previous match is skipped. Each match is the array
   * of group start/end indices (-1 for groups that did not take part).
   */
  static List<int[]> findAll(Pattern re, String s, long n) {
    List<int[]> out = new ArrayList<>();
    if (n < 0) {
      n = (long) s.length() + 1;
    }
    Matcher m = re.matcher(s);
    int groups = m.groupCount();
    int end = s.length();
    int prevMatchEnd = -1;
    for (int pos = 0; out.size() < n && pos <= end; ) {
      if (!m.find(pos)) {
        break;
      }
      int[] match = new int[2 * (groups + 1)];
      for (int g = 0; g <= groups; g++) {
        match[2 * g] = m.start(g);
        match[2 * g + 1] = m.end(g);
      }
      boolean accept = true;
      if (match[1] == pos) {
        // An empty match: not allowed right after a previous match; move on by one rune.
        if (match[0] == prevMatchEnd) {
          accept = false;
        }
        pos = pos < end ? pos + Character.charCount(s.codePointAt(pos)) : end + 1;
      } else {
        pos = match[1];
      }
      prevMatchEnd = match[1];
      if (accept) {
        out.add(match);
      }
    }
    return out;
  }

  /** Go's {@code Regexp.Split(s, -1)}. */
  static List<String> split(Pattern re, String s) {
    List<String> out = new ArrayList<>();
    if (!re.pattern().isEmpty() && s.isEmpty()) {
      out.add("");
      return out;
    }
    int beg = 0;
    int end = 0;
    for (int[] match : findAll(re, s, -1)) {
      end = match[0];
      if (match[1] != 0) {
        out.add(s.substring(beg, end));
      }
      beg = match[1];
    }
    if (end != s.length()) {
      out.add(s.substring(beg));
    }
    return out;
  }

  /** OPA's cancellable {@code regex.replace}: every match replaced with the expanded template. */
  static String replaceAll(Pattern re, String src, String template) {
    StringBuilder sb = new StringBuilder(src.length());
    int lastEnd = 0;
    Map<String, Integer> names = re.namedGroups();
    for (int[] match : findAll(re, src, -1)) {
      sb.append(src, lastEnd, match[0]);
      expand(sb, template, src, match, names);
      lastEnd = match[1];
    }
    return sb.append(src, lastEnd, src.length()).toString();
  }

  /** Go's {@code Regexp.Expand}: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
  static void expand(StringBuilder dst, String template, String src, int[] match, Map<String, Integer> names) {
    while (!template.isEmpty()) {
      int dollar = template.indexOf('$');
      if (dollar < 0) {
        break;
      }
      dst.append(template, 0, dollar);
      template = template.substring(dollar + 1);
      if (!template.isEmpty() && template.charAt(0) == '$') {
        dst.append('$');
        template = template.substring(1);
        continue;
      }
      Extracted x = extract(template);
      if (x == null) {
        // Malformed; treat $ as raw text.
        dst.append('$');
        continue;
      }
      template = x.rest;
      int group = x.num;
      if (group < 0) {
        Integer named = names.get(x.name);
        group = named == null ? -1 : named;
      }
      if (group >= 0 && 2 * group + 1 < match.length && match[2 * group] >= 0) {
        dst.append(src, match[2 * group], match[2 * group + 1]);
      }
    }
    dst.append(template);
  }

  private record Extracted(String name, int num, String rest) {}

  private static Extracted extract(String str) {
    if (str.isEmpty()) {
      return null;
    }
    boolean brace = false;
    if (str.charAt(0) == '{') {
      brace = true;
      str = str.substring(1);
    }
    int i = 0;
    while (i < str.length()) {
      int r = str.codePointAt(i);
      if (!Character.isLetter(r) && !Character.isDigit(r) && r != '_') {
        break;
      }
      i += Character.charCount(r);
    }
    if (i == 0) {
      return null;
    }
    String name = str.substring(0, i);
    if (brace) {
      if (i >= str.length() || str.charAt(i) != '}') {
        return null;
      }
      i++;
    }
    int num = 0;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c < '0' || c > '9' || num >= 100_000_000) {
        num = -1;
        break;
      }
      num = num * 10 + (c - '0');
    }
    if (name.charAt(0) == '0' && name.length() > 1) {
      num = -1;
    }
    return new Extracted(name, num, str.substring(i));
  }
}
