package io.opadynamodb.rego.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rego tokenizer, a port of OPA's {@code ast/internal/scanner}. Offsets index the Java string;
 * columns count code points, as OPA counts runes.
 */
final class Scanner {
  private static final int BOM = 0xFEFF;
  private static final int NBSP = 0xA0;

  /** One scanned token. */
  record Result(Token tok, int offset, int end, int row, int col, String lit, List<String> errors) {}

  private final String src;
  private Map<String, Token> keywords;
  private List<String> errors = new ArrayList<>();
  private int offset;
  private int row = 1;
  private int col;
  private int width;
  private int curr = -1;

  Scanner(String src, Map<String, Token> keywords) {
    this.src = src;
    this.keywords = new HashMap<>(keywords);
    next();
    if (curr == BOM) {
      next();
    }
  }

  private Scanner(Scanner o) {
    this.src = o.src;
    this.keywords = o.keywords;
    this.offset = o.offset;
    this.row = o.row;
    this.col = o.col;
    this.width = o.width;
    this.curr = o.curr;
  }

  /** A copy sharing the keyword table (as OPA's shallow struct copy does). */
  Scanner copy() {
    return new Scanner(this);
  }

  String source() {
    return src;
  }

  /** A copy whose keyword table also holds {@code kws}. */
  Scanner withKeywords(Map<String, Token> kws) {
    Scanner c = copy();
    c.keywords = new HashMap<>();
    for (Map.Entry<String, Token> e : keywords.entrySet()) {
      c.addKeyword(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Token> e : kws.entrySet()) {
      c.addKeyword(e.getKey(), e.getValue());
    }
    return c;
  }

  /** A copy without the keywords of {@code kws}. */
  Scanner withoutKeywords(Map<String, Token> kws) {
    Scanner c = copy();
    c.keywords = new HashMap<>();
    for (Map.Entry<String, Token> e : keywords.entrySet()) {
      if (!kws.containsKey(e.getKey())) {
        c.addKeyword(e.getKey(), e.getValue());
      }
    }
    return c;
  }

  Map<String, Token> keywords() {
    return keywords;
  }

  void addKeyword(String kw, Token tok) {
    keywords.put(kw, tok);
    if (tok == Token.EVERY) {
      // importing 'every' means also importing 'in'
      keywords.put("in", Token.IN);
    }
  }

  boolean isKeyword(String s) {
    return keywords.containsKey(s);
  }

  Token keyword(String lit) {
    Token t = keywords.get(lit);
    return t == null ? Token.IDENT : t;
  }

  /** Scans the next token; a template-string continuation when {@code templateRaw} is non-null. */
  Result scan(Boolean continueTemplate) {
    int startOffset = offset - width;
    int startRow = row;
    int startCol = col;
    Token tok = Token.ILLEGAL;
    String lit = "";
    if (continueTemplate != null) {
      Object[] r = scanTemplateString(continueTemplate);
      lit = (String) r[0];
      tok = (Token) r[1];
    } else if (isWhitespace()) {
      lit = new String(Character.toChars(curr));
      next();
      tok = Token.WHITESPACE;
    } else if (isLetter(curr)) {
      lit = scanIdentifier();
      tok = keyword(lit);
    } else if (isDecimal(curr)) {
      lit = scanNumber();
      tok = Token.NUMBER;
    } else {
      int ch = curr;
      next();
      switch (ch) {
        case -1 -> tok = Token.EOF;
        case '#' -> {
          lit = scanComment();
          tok = Token.COMMENT;
        }
        case '"' -> {
          lit = scanString();
          tok = Token.STRING;
        }
        case '`' -> {
          lit = scanRawString();
          tok = Token.STRING;
        }
        case '[' -> tok = Token.LBRACK;
        case ']' -> tok = Token.RBRACK;
        case '{' -> tok = Token.LBRACE;
        case '}' -> tok = Token.RBRACE;
        case '(' -> tok = Token.LPAREN;
        case ')' -> tok = Token.RPAREN;
        case ',' -> tok = Token.COMMA;
        case ':' -> tok = withEquals(Token.ASSIGN, Token.COLON);
        case '+' -> tok = Token.ADD;
        case '-' -> tok = Token.SUB;
        case '*' -> tok = Token.MUL;
        case '/' -> tok = Token.QUO;
        case '%' -> tok = Token.REM;
        case '&' -> tok = Token.AND;
        case '|' -> tok = Token.OR;
        case '=' -> tok = withEquals(Token.EQUAL, Token.UNIFY);
        case '>' -> tok = withEquals(Token.GTE, Token.GT);
        case '<' -> tok = withEquals(Token.LTE, Token.LT);
        case '!' -> {
          if (curr == '=') {
            next();
            tok = Token.NEQ;
          } else {
            error("illegal ! character");
          }
        }
        case NBSP -> error("illegal non-breaking space character, use a regular space instead");
        case ';' -> tok = Token.SEMICOLON;
        case '.' -> tok = Token.DOT;
        case '$' -> {
          if (curr == '`' || curr == '"') {
            boolean raw = curr == '`';
            next();
            Object[] r = scanTemplateString(raw);
            lit = (String) r[0];
            tok = (Token) r[1];
          } else {
            error("illegal $ character");
          }
        }
        default -> {
          // OPA leaves the token Illegal without an error for other characters
        }
      }
    }
    int end = offset - width;
    List<String> errs = errors;
    errors = new ArrayList<>();
    return new Result(tok, startOffset, end, startRow, startCol, lit, errs);
  }

  /** The two-character operator when {@code =} follows (consumed), else the one-character one. */
  private Token withEquals(Token withEquals, Token alone) {
    if (curr == '=') {
      next();
      return withEquals;
    }
    return alone;
  }

  private String scanIdentifier() {
    int start = offset - width;
    while (isLetter(curr) || isDigit(curr)) {
      next();
    }
    return src.substring(start, offset - width);
  }

  private String scanNumber() {
    int start = offset - width;
    if (curr != '.') {
      scanDigits();
    }
    if (curr == '.') {
      next();
      if (!scanDigits()) {
        error("expected fraction");
      }
    }
    if (curr == 'e' || curr == 'E') {
      next();
      if (curr == '+' || curr == '-') {
        next();
      }
      if (!scanDigits()) {
        error("expected exponent");
      }
    }
    if (isLetter(curr)) {
      error("illegal number format");
      while (isLetter(curr) || isDigit(curr)) {
        next();
      }
    }
    return src.substring(start, offset - width);
  }

  /** Consumes decimal digits; false when there were none. */
  private boolean scanDigits() {
    boolean found = false;
    while (isDecimal(curr)) {
      next();
      found = true;
    }
    return found;
  }

  private String scanString() {
    int start = literalStart();
    while (true) {
      int ch = curr;
      if (ch == '\n' || ch < 0) {
        error("non-terminated string");
        break;
      }
      next();
      if (ch == '"') {
        break;
      }
      if (ch == '\\') {
        scanEscape();
      }
    }
    return src.substring(start, end());
  }

  /**
   * Consumes the escape after a backslash in a {@code "..."} string; the four characters after
   * {@code u} are not checked here.
   */
  private void scanEscape() {
    switch (curr) {
      case '\\', '"', '/', 'b', 'f', 'n', 'r', 't' -> next();
      case 'u' -> {
        next();
        next();
        next();
        next();
      }
      default -> error("illegal escape sequence");
    }
  }

  private String scanRawString() {
    int start = literalStart();
    while (true) {
      int ch = curr;
      next();
      if (ch == '`') {
        break;
      } else if (ch < 0) {
        error("non-terminated string");
        break;
      }
    }
    return src.substring(start, end());
  }

  /**
   * The rest of a template string part, up to its next opening brace or its end: {@code $"..."}
   * (one line, with string escapes) or, when {@code raw}, {@code $`...`}. A backslash before an
   * opening brace escapes it in both.
   */
  private Object[] scanTemplateString(boolean raw) {
    Token tok = raw ? Token.RAW_TEMPLATE_STRING_PART : Token.TEMPLATE_STRING_PART;
    int start = literalStart();
    List<Integer> escapes = new ArrayList<>();
    while (true) {
      int ch = curr;
      if ((ch == '\n' && !raw) || ch < 0) {
        error("non-terminated string");
        break;
      }
      next();
      if (ch == (raw ? '`' : '"')) {
        tok = raw ? Token.RAW_TEMPLATE_STRING_END : Token.TEMPLATE_STRING_END;
        break;
      }
      if (ch == '{') {
        break;
      }
      if (ch == '\\') {
        if (curr == '{') {
          escapes.add(offset - width);
          next();
        } else if (!raw) {
          scanEscape();
        }
      }
    }
    return new Object[] {removeEscapes(start, escapes), tok};
  }

  /** Drops the backslash before each escaped {@code {} (escape = index of the brace). */
  private String removeEscapes(int start, List<Integer> escapes) {
    int stop = end();
    if (escapes.isEmpty()) {
      return src.substring(start, stop);
    }
    StringBuilder sb = new StringBuilder();
    int from = start;
    for (int esc : escapes) {
      sb.append(src, from, esc - 1);
      from = esc;
    }
    sb.append(src, from, stop);
    return sb.toString();
  }

  private String scanComment() {
    int start = literalStart();
    while (curr != '\n' && curr != -1) {
      next();
    }
    int stop = end();
    if (stop > start && src.charAt(stop - 1) == '\r') {
      stop--;
    }
    return src.substring(start, stop);
  }

  /** End index (exclusive) of the text consumed so far. */
  private int end() {
    return Math.min(offset - width, src.length());
  }

  private int literalStart() {
    // the delimiter was consumed; curr is the first character after it
    return end() - 1;
  }

  private void next() {
    if (offset >= src.length()) {
      curr = -1;
      // keep "offset - width" equal to the source length at EOF
      offset = src.length() + 1;
      width = 1;
      return;
    }
    curr = src.codePointAt(offset);
    width = Character.charCount(curr);
    if (curr == 0) {
      error("illegal null character");
    } else if (curr == BOM && offset > 0) {
      error("illegal byte-order mark");
    }
    offset += width;
    if (curr == '\n') {
      row++;
      col = 0;
    } else {
      col++;
    }
  }

  private boolean isWhitespace() {
    return curr == ' ' || curr == '\t' || curr == '\n' || curr == '\r';
  }

  private static boolean isLetter(int ch) {
    return ('a' <= ch && ch <= 'z') || ('A' <= ch && ch <= 'Z') || ch == '_';
  }

  private static boolean isDecimal(int ch) {
    return '0' <= ch && ch <= '9';
  }

  private static boolean isDigit(int ch) {
    return isDecimal(ch) || (ch >= 0x80 && Character.isDigit(ch));
  }

  private void error(String reason) {
    errors.add(reason);
  }
}
