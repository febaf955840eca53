package io.opadynamodb.rego.builtins.system;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code time} package quotes the text of its parse errors with its own {@code quote}, not
 * {@code strconv.Quote} ({@link io.opadynamodb.rego.value.GoQuote}): every non-ASCII or control
 * character becomes its UTF-8 bytes as {@code \xNN} ({@code "\xc3\xa9"} for é, {@code "\x0a"} for a
 * newline) and DEL stays as is. OPA shows these texts unchanged in {@code time.parse_ns} and
 * {@code time.parse_duration_ns} errors.
 */
final class GoTimeQuote {
  private static final String HEX = "0123456789abcdef";

  private GoTimeQuote() {}

  /** {@code time.quote}: the text between double quotes, escaped as the time package does. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x80 || c < ' ') {
        // A lone surrogate encodes as "?" in Java; OPA holds U+FFFD there, whose bytes Go prints.
        String rune = Character.isSurrogate((char) c) && c <= 0xffff ? "\ufffd" : new String(Character.toChars(c));
        for (byte b : rune.getBytes(StandardCharsets.UTF_8)) {
          sb.append("\\x").append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
      } else {
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append((char) c);
      }
    }
    return sb.append('"').toString();
  }
}
