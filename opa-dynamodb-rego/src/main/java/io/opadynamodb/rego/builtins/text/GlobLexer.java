package io.opadynamodb.rego.builtins.text;

import java.util.ArrayDeque;

/**
 * Port of the lexer of {@code github.com/gobwas/glob} v1.0.0 ({@code syntax/lexer.go}), the glob
 * library OPA's {@code glob.match} uses. Positions are tracked in UTF-16 units and reported in
 * UTF-8 bytes, as Go's offsets are.
 */
final class GlobLexer {
  enum Type { EOF, ERROR, TEXT, ANY, SUPER, SINGLE, NOT, SEPARATOR, RANGE_OPEN, RANGE_CLOSE, RANGE_LO, RANGE_HI,
    RANGE_BETWEEN, TERMS_OPEN, TERMS_CLOSE }

  record Token(Type type, String data) {}

  private static final int EOF_RUNE = -1;

  private final String data;
  private int pos;
  private String err;
  private final ArrayDeque<Token> tokens = new ArrayDeque<>();
  private int termsLevel;
  private int lastRune;
  private int lastRuneSize;
  private boolean hasRune;

  GlobLexer(String source) {
    this.data = source;
  }

  /** The byte offset right after the most recently returned token. */
  int offset() {
    return Utf8.length(data.substring(0, Math.max(0, Math.min(pos, data.length()))));
  }

  Token next() {
    while (true) {
      if (err != null) {
        return new Token(Type.ERROR, err);
      }
      if (!tokens.isEmpty()) {
        return tokens.poll();
      }
      fetchItem();
    }
  }

  private int peekRune() {
    if (pos >= data.length()) {
      return EOF_RUNE;
    }
    return data.codePointAt(pos);
  }

  private int read() {
    if (hasRune) {
      hasRune = false;
      pos += lastRuneSize;
      return lastRune;
    }
    int r = peekRune();
    int size = r == EOF_RUNE ? 0 : Character.charCount(r);
    pos += size;
    lastRune = r;
    lastRuneSize = size;
    return r;
  }

  private void unread() {
    if (hasRune) {
      err = "could not unread rune";
      return;
    }
    pos -= lastRuneSize;
    hasRune = true;
  }

  private boolean inTerms() {
    return termsLevel > 0;
  }

  private static String str(int r) {
    return new String(Character.toChars(r));
  }

  private void fetchItem() {
    int r = read();
    if (r == EOF_RUNE) {
      tokens.add(new Token(Type.EOF, ""));
    } else if (r == '{') {
      termsLevel++;
      tokens.add(new Token(Type.TERMS_OPEN, "{"));
    } else if (r == ',' && inTerms()) {
      tokens.add(new Token(Type.SEPARATOR, ","));
    } else if (r == '}' && inTerms()) {
      tokens.add(new Token(Type.TERMS_CLOSE, "}"));
      termsLevel--;
    } else if (r == '[') {
      tokens.add(new Token(Type.RANGE_OPEN, "["));
      fetchRange();
    } else if (r == '?') {
      tokens.add(new Token(Type.SINGLE, "?"));
    } else if (r == '*') {
      if (read() == '*') {
        tokens.add(new Token(Type.SUPER, "**"));
      } else {
        unread();
        tokens.add(new Token(Type.ANY, "*"));
      }
    } else {
      unread();
      fetchText(inTerms() ? "?*[{}," : "?*[{");
    }
  }

  private void fetchRange() {
    boolean wantHi = false;
    boolean wantClose = false;
    boolean seenNot = false;
    while (true) {
      int r = read();
      if (r == EOF_RUNE) {
        err = "unexpected end of input";
        return;
      }
      if (wantClose) {
        if (r != ']') {
          err = "expected close range character";
        } else {
          tokens.add(new Token(Type.RANGE_CLOSE, "]"));
        }
        return;
      }
      if (wantHi) {
        tokens.add(new Token(Type.RANGE_HI, str(r)));
        wantClose = true;
        continue;
      }
      if (!seenNot && r == '!') {
        tokens.add(new Token(Type.NOT, "!"));
        seenNot = true;
        continue;
      }
      if (peekRune() == '-') {
        pos += 1;
        tokens.add(new Token(Type.RANGE_LO, str(r)));
        tokens.add(new Token(Type.RANGE_BETWEEN, "-"));
        wantHi = true;
        continue;
      }
      unread();
      fetchText("]");
      wantClose = true;
    }
  }

  private void fetchText(String breakers) {
    StringBuilder sb = new StringBuilder();
    boolean escaped = false;
    while (true) {
      int r = read();
      if (r == EOF_RUNE) {
        if (escaped) {
          err = "trailing backslash";
        }
        break;
      }
      if (!escaped) {
        if (r == '\\') {
          escaped = true;
          continue;
        }
        if (breakers.indexOf(r) >= 0) {
          unread();
          break;
        }
      }
      escaped = false;
      sb.appendCodePoint(r);
    }
    if (sb.length() > 0) {
      tokens.add(new Token(Type.TEXT, sb.toString()));
    }
  }
}
