package io.opadynamodb.rego.value;

/**
 * Go's {@code strconv.Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code CanBackquote} and
 * {@code IsPrint}: the one implementation behind {@code sprintf("%q")}, Go error texts that quote
 * their input ({@code time: invalid duration "x"}) and OPA's printing of string terms.
 */
public final class GoQuote {
  private GoQuote() {}

  private static final String HEX = "0123456789abcdef";

  /**
   * {@code strconv.Quote}: a double-quoted Go string literal, non-printable runes escaped. A lone
   * surrogate (which OPA would have decoded to U+FFFD) is written as U+FFFD.
   */
  public static String quote(String s) {
    return quoteWith(s, '"', false);
  }

  /** {@code strconv.QuoteToASCII}: as {@link #quote}, with every non-ASCII rune escaped too. */
  public static String quoteToAscii(String s) {
    return quoteWith(s, '"', true);
  }

  /** {@code strconv.QuoteRune} (or {@code QuoteRuneToASCII}): a single-quoted Go rune literal. */
  public static String quoteRune(int r, boolean asciiOnly) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) {
      r = 0xfffd;
    }
    StringBuilder sb = new StringBuilder("'");
    appendEscapedRune(sb, r, '\'', asciiOnly);
    return sb.append('\'').toString();
  }

  /** {@code strconv.CanBackquote}: no control characters other than tab, no backquote, no U+FEFF. */
  public static boolean canBackquote(String s) {
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (r == '`' || r == 0xfeff || (Character.isSurrogate((char) r) && r <= 0xffff)) {
        return false;
      }
      if ((r < ' ' && r != '\t') || r == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String quoteWith(String s, char quote, boolean asciiOnly) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(quote);
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (r <= 0xffff && Character.isSurrogate((char) r)) {
        r = 0xfffd; // A lone surrogate is no valid rune; Go would hold U+FFFD.
      }
      appendEscapedRune(sb, r, quote, asciiOnly);
    }
    return sb.append(quote).toString();
  }

  private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly) {
    if (r == quote || r == '\\') {
      sb.append('\\').appendCodePoint(r);
      return;
    }
    if (asciiOnly) {
      if (r < 0x80 && isPrint(r)) {
        sb.append((char) r);
        return;
      }
    } else if (isPrint(r)) {
      sb.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 0x0b -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7f) {
          sb.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xf));
        } else if (r < 0x10000) {
          sb.append("\\u");
          for (int s = 12; s >= 0; s -= 4) {
            sb.append(HEX.charAt((r >> s) & 0xf));
          }
        } else {
          sb.append("\\U");
          for (int s = 28; s >= 0; s -= 4) {
            sb.append(HEX.charAt((r >> s) & 0xf));
          }
        }
      }
    }
  }

  /**
   * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space.
   */
  public static boolean isPrint(int r) {
    if (r < 0x80) {
      return r >= 0x20 && r < 0x7f;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
        return true;
      default:
        return GoPrintable.isExtraPrintable(r);
    }
  }
}
