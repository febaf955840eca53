package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.value.GoQuote;
import java.nio.charset.StandardCharsets;

/** Go string helpers: UTF-8 bytes and {@code %#U} formatting. */
public final class GoStrings {
  private GoStrings() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes as a string; invalid UTF-8 becomes U+FFFD, as OPA's JSON output shows it. */
  static String string(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String string(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** Go's {@code %#U}: {@code U+0067 'g'}, or just {@code U+000A} for unprintable runes. */
  static String unicodeVerb(int cp) {
    String hex = String.format("U+%04X", cp);
    return GoQuote.isPrint(cp) ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
  }
}
