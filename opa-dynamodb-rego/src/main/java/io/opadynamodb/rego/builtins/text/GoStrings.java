package io.opadynamodb.rego.builtins.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings} functions with their exact semantics on Java strings (code points stand
 * for Go's runes).
 */
final class GoStrings {
  private GoStrings() {}

  /** {@code strings.ToUpper}: simple (one-to-one) case mapping per rune, with Go's Unicode tables. */
  static String toUpper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(GoUnicode.toUpper(c)));
    return sb.toString();
  }

  /** {@code strings.ToLower}: simple (one-to-one) case mapping per rune. */
  static String toLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.appendCodePoint(GoUnicode.toLower(c)));
    return sb.toString();
  }

  /** {@code strings.Trim}: removes leading and trailing runes contained in the cutset. */
  static String trim(String s, String cutset) {
    return trimRight(trimLeft(s, cutset), cutset);
  }

  static String trimLeft(String s, String cutset) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (cutset.indexOf(c) < 0) {
        break;
      }
      i += Character.charCount(c);
    }
    return s.substring(i);
  }

  static String trimRight(String s, String cutset) {
    int j = s.length();
    while (j > 0) {
      int c = s.codePointBefore(j);
      if (cutset.indexOf(c) < 0) {
        break;
      }
      j -= Character.charCount(c);
    }
    return s.substring(0, j);
  }

  /** {@code strings.TrimSpace}: trims runes for which Go's {@code unicode.IsSpace} holds. */
  static String trimSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    int j = s.length();
    while (j > i && isSpace(s.codePointBefore(j))) {
      j -= Character.charCount(s.codePointBefore(j));
    }
    return s.substring(i, j);
  }

  /** Go's {@code unicode.IsSpace} (the Unicode White_Space property). */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0b, '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200a;
    }
  }

  /** {@code strings.Count}: non-overlapping occurrences; rune count + 1 for an empty substring. */
  static int count(String s, String sub) {
    if (sub.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1;
    }
    int n = 0;
    int i = 0;
    while ((i = s.indexOf(sub, i)) >= 0) {
      n++;
      i += sub.length();
    }
    return n;
  }

  /**
   * {@code strings.SplitN}: at most {@code n} pieces (all of them when n is negative, none when
   * 0); an empty separator splits into runes.
   */
  static List<String> splitN(String s, String sep, long n) {
    List<String> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      int runes = s.codePointCount(0, s.length());
      long limit = n < 0 || n > runes ? runes : n;
      int i = 0;
      for (long k = 0; k < limit && i < s.length(); k++) {
        if (k == limit - 1) {
          out.add(s.substring(i));
          break;
        }
        int next = s.offsetByCodePoints(i, 1);
        out.add(s.substring(i, next));
        i = next;
      }
      return out;
    }
    int i = 0;
    while (n < 0 || out.size() < n - 1) {
      int j = s.indexOf(sep, i);
      if (j < 0) {
        break;
      }
      out.add(s.substring(i, j));
      i = j + sep.length();
    }
    out.add(s.substring(i));
    return out;
  }

  static List<String> split(String s, String sep) {
    return splitN(s, sep, -1);
  }
}
