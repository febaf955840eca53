package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.value.GoQuote;
import io.opadynamodb.rego.builtins.data.GoStrings;

import java.util.ArrayList;
import java.util.List;

/** A port of gqlparser's GraphQL lexer (token kinds, values, positions and error messages). */
final class Lexer {
  enum Kind {
    INVALID("<Invalid>"), EOF("<EOF>"), BANG("!"), DOLLAR("$"), AMP("&"), PAREN_L("("), PAREN_R(")"),
    SPREAD("..."), COLON(":"), EQUALS("="), AT("@"), BRACKET_L("["), BRACKET_R("]"), BRACE_L("{"),
    BRACE_R("}"), PIPE("|"), NAME("Name"), INT("Int"), FLOAT("Float"), STRING("String"),
    BLOCK_STRING("BlockString"), COMMENT("Comment");

    final String text;

    Kind(String text) {
      this.text = text;
    }
  }

  /** A token; {@code error} is set for lexing errors (kind INVALID). */
  record Token(Kind kind, String value, int line, int column, String error) {
    @Override
    public String toString() {
      return value.isEmpty() ? kind.text : kind.text + " " + GoQuote.quote(value);
    }
  }

  private final String in;
  private final String sourceName;
  private int start;
  private int end;
  private int endRunes;
  private int startRunes;
  private int line = 1;
  private int lineStartRunes;

  /** A lexer over {@code input}; {@code sourceName} prefixes error messages ("input" for user text). */
  Lexer(String input, String sourceName) {
    this.in = input;
    this.sourceName = sourceName;
  }

  private Token make(Kind k, String value) {
    return new Token(k, value, line, startRunes - lineStartRunes + 1, null);
  }

  private Token error(String msg) {
    int column = endRunes - lineStartRunes + 1;
    return new Token(Kind.INVALID, "", line, column, sourceName + ":" + line + ":" + column + ": " + msg);
  }

  Token next() {
    ws();
    start = end;
    startRunes = endRunes;
    if (end >= in.length()) {
      return make(Kind.EOF, "");
    }
    char r = in.charAt(start);
    end++;
    endRunes++;
    switch (r) {
      case '!': return make(Kind.BANG, "");
      case '$': return make(Kind.DOLLAR, "");
      case '&': return make(Kind.AMP, "");
      case '(': return make(Kind.PAREN_L, "");
      case ')': return make(Kind.PAREN_R, "");
      case '.':
        if (in.startsWith("...", start)) {
          end += 2;
          endRunes += 2;
          return make(Kind.SPREAD, "");
        }
        break;
      case ':': return make(Kind.COLON, "");
      case '=': return make(Kind.EQUALS, "");
      case '@': return make(Kind.AT, "");
      case '[': return make(Kind.BRACKET_L, "");
      case ']': return make(Kind.BRACKET_R, "");
      case '{': return make(Kind.BRACE_L, "");
      case '}': return make(Kind.BRACE_R, "");
      case '|': return make(Kind.PIPE, "");
      case '#': return comment();
      case '"':
        return in.startsWith("\"\"\"", start) ? blockString() : string();
      default:
        if (r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
          return name();
        }
        if (r == '-' || (r >= '0' && r <= '9')) {
          return number();
        }
    }
    end--;
    endRunes--;
    if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') {
      return error(String.format("Cannot contain the invalid character \"\\u%04x\"", (int) r));
    }
    if (r == '\'') {
      return error("Unexpected single quote character ('), did you mean to use a double quote (\")?");
    }
    return error("Cannot parse the unexpected character \"" + new String(Character.toChars(in.codePointAt(start))) + "\".");
  }

  private void ws() {
    while (end < in.length()) {
      char c = in.charAt(end);
      if (c == '\t' || c == ' ' || c == ',') {
        end++;
        endRunes++;
      } else if (c == '\n') {
        end++;
        endRunes++;
        line++;
        lineStartRunes = endRunes;
      } else if (c == '\r') {
        end++;
        endRunes++;
        line++;
        lineStartRunes = endRunes;
        if (end < in.length() && in.charAt(end) == '\n') {
          end++;
          endRunes++;
        }
      } else if (c == '\uFEFF') {
        end++;
        endRunes++;
      } else {
        return;
      }
    }
  }

  private void advanceCodePoint() {
    end += Character.charCount(in.codePointAt(end));
    endRunes++;
  }

  private Token comment() {
    while (end < in.length()) {
      int r = in.codePointAt(end);
      if (r > 0x1f || r == '\t') {
        advanceCodePoint();
      } else {
        break;
      }
    }
    return make(Kind.COMMENT, in.substring(start, end));
  }

  private Token name() {
    while (end < in.length()) {
      char r = in.charAt(end);
      if ((r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || r == '_') {
        end++;
        endRunes++;
      } else {
        break;
      }
    }
    return make(Kind.NAME, in.substring(start, end));
  }

  private boolean accept(String chars) {
    if (end < in.length() && chars.indexOf(in.charAt(end)) >= 0) {
      end++;
      endRunes++;
      return true;
    }
    return false;
  }

  private int digits() {
    int n = 0;
    while (end < in.length() && in.charAt(end) >= '0' && in.charAt(end) <= '9') {
      end++;
      endRunes++;
      n++;
    }
    return n;
  }

  private String describeNext() {
    return end < in.length() ? "\"" + in.charAt(end) + "\"" : "<EOF>";
  }

  private Token number() {
    boolean isFloat = false;
    end--;
    endRunes--;
    accept("-");
    if (accept("0")) {
      int consumed = digits();
      if (consumed != 0) {
        end -= consumed;
        endRunes -= consumed;
        return error("Invalid number, unexpected digit after 0: " + describeNext() + ".");
      }
    } else if (digits() == 0) {
      return error("Invalid number, expected digit but got: " + describeNext() + ".");
    }
    if (accept(".")) {
      isFloat = true;
      if (digits() == 0) {
        return error("Invalid number, expected digit but got: " + describeNext() + ".");
      }
    }
    if (accept("eE")) {
      isFloat = true;
      accept("-+");
      if (digits() == 0) {
        return error("Invalid number, expected digit but got: " + describeNext() + ".");
      }
    }
    return make(isFloat ? Kind.FLOAT : Kind.INT, in.substring(start, end));
  }

  private Token string() {
    start++;
    startRunes++;
    StringBuilder buf = new StringBuilder();
    while (end < in.length()) {
      char r = in.charAt(end);
      if (r == '\n' || r == '\r') {
        break;
      }
      if (r < 0x20 && r != '\t') {
        return error(String.format("Invalid character within String: \"\\u%04x\".", (int) r));
      }
      if (r == '"') {
        Token t = new Token(Kind.STRING, buf.toString(), line, startRunes - lineStartRunes + 1, null);
        end++;
        endRunes++;
        return t;
      }
      if (r == '\\') {
        if (end + 1 >= in.length()) {
          end++;
          endRunes++;
          return error("Invalid character escape sequence.");
        }
        char esc = in.charAt(end + 1);
        if (esc == 'u') {
          if (end + 6 >= in.length()) {
            end++;
            endRunes++;
            return error("Invalid character escape sequence: \\" + in.substring(end) + ".");
          }
          String hex = in.substring(end + 2, end + 6);
          int v = 0;
          boolean ok = true;
          for (char c : hex.toCharArray()) {
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
              ok = false;
              break;
            }
            v = v << 4 | d;
          }
          if (!ok) {
            end++;
            endRunes++;
            return error("Invalid character escape sequence: \\" + in.substring(end, end + 5) + ".");
          }
          buf.append((char) v);
          end += 6;
          endRunes += 6;
        } else {
          switch (esc) {
            case '"', '/', '\\' -> buf.append(esc);
            case 'b' -> buf.append('\b');
            case 'f' -> buf.append('\f');
            case 'n' -> buf.append('\n');
            case 'r' -> buf.append('\r');
            case 't' -> buf.append('\t');
            default -> {
              end++;
              endRunes++;
              return error("Invalid character escape sequence: \\" + esc + ".");
            }
          }
          end += 2;
          endRunes += 2;
        }
        continue;
      }
      int cp = in.codePointAt(end);
      buf.appendCodePoint(cp);
      advanceCodePoint();
    }
    return error("Unterminated string.");
  }

  private Token blockString() {
    StringBuilder buf = new StringBuilder();
    start += 3;
    startRunes += 3;
    end += 2;
    endRunes += 2;
    while (end < in.length()) {
      char r = in.charAt(end);
      if (r == '"') {
        int quotes = 1;
        int i = end + 1;
        while (i < in.length() && in.charAt(i) == '"') {
          quotes++;
          i++;
        }
        if (quotes >= 3) {
          for (int q = 0; q < quotes - 3; q++) {
            buf.append('"');
          }
          // Like gqlparser, the position uses the current line with the start column offset.
          Token t = new Token(Kind.BLOCK_STRING, blockStringValue(buf.toString()), line,
              startRunes - lineStartRunes + 1, null);
          end += quotes;
          endRunes += quotes;
          return t;
        }
      }
      if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') {
        return error(String.format("Invalid character within String: \"\\u%04x\".", (int) r));
      }
      if (r == '\\' && in.startsWith("\\\"\"\"", end)) {
        buf.append("\"\"\"");
        end += 4;
        endRunes += 4;
      } else if (r == '\r') {
        if (end + 1 < in.length() && in.charAt(end + 1) == '\n') {
          end++;
          endRunes++;
        }
        buf.append('\n');
        end++;
        endRunes++;
        line++;
        lineStartRunes = endRunes;
      } else {
        buf.appendCodePoint(in.codePointAt(end));
        advanceCodePoint();
        if (r == '\n') {
          line++;
          lineStartRunes = endRunes;
        }
      }
    }
    return error("Unterminated string.");
  }

  static String blockStringValue(String raw) {
    List<String> lines = new ArrayList<>(List.of(raw.split("\n", -1)));
    int common = Integer.MAX_VALUE;
    for (String l : lines) {
      int indent = leadingWhitespace(l);
      if (indent < l.length() && indent < common) {
        common = indent;
        if (common == 0) {
          break;
        }
      }
    }
    if (common != Integer.MAX_VALUE) {
      for (int i = 1; i < lines.size(); i++) {
        String l = lines.get(i);
        lines.set(i, l.length() < common ? "" : l.substring(common));
      }
    }
    int s = 0;
    int e = lines.size();
    while (s < e && leadingWhitespace(lines.get(s)) == Integer.MAX_VALUE) {
      s++;
    }
    while (s < e && leadingWhitespace(lines.get(e - 1)) == Integer.MAX_VALUE) {
      e--;
    }
    return String.join("\n", lines.subList(s, e));
  }

  private static int leadingWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t') {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
