package io.opadynamodb.rego.builtins.text;

import java.nio.charset.StandardCharsets;

/** UTF-8 helpers matching Go's handling of byte strings. */
final class Utf8 {
  private Utf8() {}

  /** The UTF-8 length of a string, as Go's {@code len}. */
  static int length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Decodes UTF-8 as Go does when it turns bytes into runes: each byte of an invalid sequence
   * becomes one U+FFFD.
   */
  static String decode(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int n;
      int cp;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        cp = c & 0x1f;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        cp = c & 0x0f;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        cp = c & 0x07;
        min = 0x10000;
      } else {
        sb.append('\ufffd');
        i++;
        continue;
      }
      boolean ok = i + n <= b.length;
      for (int k = 1; ok && k < n; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          ok = false;
        } else {
          cp = (cp << 6) | (cc & 0x3f);
        }
      }
      if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        sb.append('\ufffd');
        i++;
        continue;
      }
      sb.appendCodePoint(cp);
      i += n;
    }
    return sb.toString();
  }
}
