package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.value.GoQuote;

/**
 * The error Go's {@code json.Decoder} (as OPA's {@code util.UnmarshalJSON} drives it) reports for
 * JSON text: a port of the syntax checks of {@code encoding/json}'s scanner, used only to word
 * the messages of {@code json.unmarshal} after the real parser has rejected the text.
 */
final class GoJsonErrors {
  private final byte[] s;
  private int pos;

  private GoJsonErrors(String text) {
    this.s = GoStrings.utf8(text);
  }

  /** Thrown with Go's message. */
  private static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Go's error for the text, or null when Go accepts it (then {@link #firstValueEnd} gives the
   * length of the value Go decodes: Go ignores a trailing {@code null}).
   */
  static String errorMessage(String text) {
    GoJsonErrors g = new GoJsonErrors(text);
    try {
      g.document();
      return null;
    } catch (Failure f) {
      return f.getMessage();
    }
  }

  /** The character length of the first JSON value of text that Go accepts. */
  static int firstValueEnd(String text) {
    GoJsonErrors g = new GoJsonErrors(text);
    g.skipSpace();
    g.value();
    return GoStrings.string(g.s, 0, g.pos).length();
  }

  private void document() {
    skipSpace();
    if (pos >= s.length) {
      throw new Failure("EOF");
    }
    value();
    skipSpace();
    if (pos >= s.length) {
      return;
    }
    int c = s[pos] & 0xff;
    String tok;
    switch (c) {
      case '{':
      case '[':
        tok = String.valueOf((char) c);
        break;
      case '}':
      case ']':
      case ',':
      case ':':
        throw invalid(c, "looking for beginning of value");
      case '"': {
        int start = pos;
        string();
        tok = ((io.opadynamodb.rego.value.StringValue) io.opadynamodb.rego.value.Json.parse(
            GoStrings.string(s, start, pos))).value();
        break;
      }
      case 't':
      case 'f':
        value();
        tok = "%!s(bool=" + (c == 't') + ")";
        break;
      case 'n':
        // Go's decoder returns a nil token for null, which OPA does not notice.
        value();
        return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          int start = pos;
          value();
          tok = GoStrings.string(s, start, pos);
        } else {
          throw invalid(c, "looking for beginning of value");
        }
    }
    throw new Failure("error: invalid character '" + tok + "' after top-level value");
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private void skipSpace() {
    while (pos < s.length && isSpace(s[pos] & 0xff)) {
      pos++;
    }
  }

  private int peek() {
    if (pos >= s.length) {
      throw new Failure("unexpected EOF");
    }
    return s[pos] & 0xff;
  }

  private static Failure invalid(int c, String context) {
    return new Failure("invalid character " + quoteChar(c) + " " + context);
  }

  private static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String q = GoQuote.quote(new String(Character.toChars(c)));
    return "'" + q.substring(1, q.length() - 1) + "'";
  }

  private void value() {
    skipSpace();
    int c = peek();
    switch (c) {
      case '{':
        object();
        return;
      case '[':
        array();
        return;
      case '"':
        string();
        return;
      case 't':
        literal("true");
        return;
      case 'f':
        literal("false");
        return;
      case 'n':
        literal("null");
        return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
          return;
        }
        throw invalid(c, "looking for beginning of value");
    }
  }

  private void object() {
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      int c = peek();
      if (c != '"') {
        throw invalid(c, "looking for beginning of object key string");
      }
      string();
      skipSpace();
      c = peek();
      if (c != ':') {
        throw invalid(c, "after object key");
      }
      pos++;
      value();
      skipSpace();
      c = peek();
      if (c == ',') {
        pos++;
        continue;
      }
      if (c == '}') {
        pos++;
        return;
      }
      throw invalid(c, "after object key:value pair");
    }
  }

  private void array() {
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return;
    }
    while (true) {
      value();
      skipSpace();
      int c = peek();
      if (c == ',') {
        pos++;
        continue;
      }
      if (c == ']') {
        pos++;
        return;
      }
      throw invalid(c, "after array element");
    }
  }

  private void string() {
    pos++;
    while (true) {
      int c = peek();
      pos++;
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        int e = peek();
        pos++;
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            int h = peek();
            pos++;
            if (Character.digit(h, 16) < 0 || h > 'f') {
              throw invalid(h, "in \\u hexadecimal character escape");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw invalid(e, "in string escape code");
        }
      } else if (c < 0x20) {
        throw invalid(c, "in string literal");
      }
    }
  }

  private void literal(String word) {
    pos++;
    for (int i = 1; i < word.length(); i++) {
      int c = peek();
      if (c != word.charAt(i)) {
        throw invalid(c, "in literal " + word + " (expecting '" + word.charAt(i) + "')");
      }
      pos++;
    }
  }

  private boolean digitAt() {
    return pos < s.length && s[pos] >= '0' && s[pos] <= '9';
  }

  private void number() {
    if (s[pos] == '-') {
      pos++;
      int c = peek();
      if (c < '0' || c > '9') {
        throw invalid(c, "in numeric literal");
      }
    }
    if (s[pos] == '0') {
      pos++;
    } else {
      while (digitAt()) {
        pos++;
      }
    }
    if (pos < s.length && s[pos] == '.') {
      pos++;
      int c = peek();
      if (c < '0' || c > '9') {
        throw invalid(c, "after decimal point in numeric literal");
      }
      while (digitAt()) {
        pos++;
      }
    }
    if (pos < s.length && (s[pos] == 'e' || s[pos] == 'E')) {
      pos++;
      int c = peek();
      if (c == '+' || c == '-') {
        pos++;
        c = peek();
      }
      if (c < '0' || c > '9') {
        throw invalid(c, "in exponent of numeric literal");
      }
      while (digitAt()) {
        pos++;
      }
    }
  }
}
