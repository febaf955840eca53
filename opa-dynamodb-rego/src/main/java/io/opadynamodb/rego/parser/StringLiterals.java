package io.opadynamodb.rego.parser;

/** Decodes a double-quoted Rego string literal as Go's {@code json.Unmarshal} does. */
final class StringLiterals {
  private StringLiterals() {}

  /** The decoded string, or null when the literal is not valid JSON. {@code quoted} includes the quotes. */
  static String decode(String quoted) {
    if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder(quoted.length());
    int end = quoted.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = quoted.charAt(i);
      if (c < 0x20 || c == '"') {
        return null;
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (++i >= end) {
        return null;
      }
      char e = quoted.charAt(i);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          int cp = hex4(quoted, i + 1, end);
          if (cp < 0) {
            return null;
          }
          i += 4;
          if (Character.isHighSurrogate((char) cp)) {
            // a pair must follow, otherwise Go substitutes U+FFFD
            if (i + 6 < end + 1 && quoted.charAt(i + 1) == '\\' && i + 2 < end && quoted.charAt(i + 2) == 'u') {
              int lo = hex4(quoted, i + 3, end);
              if (lo >= 0 && Character.isLowSurrogate((char) lo)) {
                sb.append((char) cp).append((char) lo);
                i += 6;
                continue;
              }
            }
            sb.append('\uFFFD');
          } else if (Character.isLowSurrogate((char) cp)) {
            sb.append('\uFFFD');
          } else {
            sb.append((char) cp);
          }
        }
        default -> {
          return null;
        }
      }
    }
    return sb.toString();
  }

  private static int hex4(String s, int from, int end) {
    if (from + 4 > end) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + 4; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }
}
