package io.opadynamodb.dynamodb.embedded.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: names, #aliases, :values, integers and punctuation. */
final class ExpressionLexer {
  enum Kind { NAME, ALIAS, VALUE, INTEGER, SYMBOL, END }

  record Token(Kind kind, String text, int position) {
    boolean is(String symbolOrKeyword) {
      return (kind == Kind.SYMBOL && text.equals(symbolOrKeyword))
          || (kind == Kind.NAME && text.equalsIgnoreCase(symbolOrKeyword));
    }
  }

  private ExpressionLexer() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' || c == ':') {
        int start = i++;
        while (i < text.length() && isNameChar(text.charAt(i))) {
          i++;
        }
        if (i == start + 1) {
          throw ExpressionException.syntax("expected a name after '" + c + "'", text, start);
        }
        out.add(new Token(c == '#' ? Kind.ALIAS : Kind.VALUE, text.substring(start, i), start));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.INTEGER, text.substring(start, i), start));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length() && isNameChar(text.charAt(i))) {
          i++;
        }
        out.add(new Token(Kind.NAME, text.substring(start, i), start));
      } else if (c == '<' && i + 1 < text.length() && (text.charAt(i + 1) == '=' || text.charAt(i + 1) == '>')) {
        out.add(new Token(Kind.SYMBOL, text.substring(i, i + 2), i));
        i += 2;
      } else if (c == '>' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
        out.add(new Token(Kind.SYMBOL, ">=", i));
        i += 2;
      } else if ("()[],.=<>+-".indexOf(c) >= 0) {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
        i++;
      } else {
        throw ExpressionException.syntax("unexpected character '" + c + "'", text, i);
      }
    }
    out.add(new Token(Kind.END, "", text.length()));
    return out;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
