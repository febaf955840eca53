package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.RegoVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scanning, state save/restore and error reporting shared by the parser layers (OPA's parser core). */
abstract class ParserBase {
  static final String PARSE_ERR = "rego_parse_error";
  static final int MAX_RECURSION_DEPTH = 100000;

  static final Set<String> KEYWORDS_V0 =
      Set.of("not", "package", "import", "as", "default", "else", "with", "null", "true", "false", "some");
  static final Set<String> KEYWORDS_V1 = Set.of("not", "package", "import", "as", "default", "else", "with", "null",
      "true", "false", "some", "if", "contains", "in", "every");

  final String file;
  final RegoVersion version;
  ParserState s = new ParserState();
  /** Parsed terms by start offset with the state after them (OPA's parsedTermCache). */
  java.util.TreeMap<Integer, Object[]> termCache = new java.util.TreeMap<>();
  int recursionDepth;
  /** True when {@code not { ... }} bodies are enabled ({@code future.keywords.not}); unsupported. */
  boolean notBodies;

  ParserBase(String file, RegoVersion version) {
    this.file = file == null ? "" : file;
    this.version = version;
  }

  static boolean isKeywordInVersion(String s, RegoVersion v) {
    return v == RegoVersion.V0 ? KEYWORDS_V0.contains(s) : KEYWORDS_V1.contains(s);
  }

  // ---- positions and text

  Pos pos() {
    return new Pos(s.offset, s.row, s.col);
  }

  /** The current token's location (with its text). */
  Location loc() {
    return new Location(file, s.row, s.col, text(s.offset, s.tokEnd));
  }

  Location loc(Pos p, int end) {
    return new Location(file, p.row(), p.col(), text(p.offset(), end));
  }

  Location locNoText(Pos p) {
    return new Location(file, p.row(), p.col(), "");
  }

  String text(int offset, int end) {
    String src = s.s.source();
    if (offset >= 0 && offset < src.length() && end >= offset && end <= src.length()) {
      return src.substring(offset, end);
    }
    return "";
  }

  // ---- scanning

  void scan() {
    doScan(true, null);
  }

  void scanWS() {
    doScan(false, null);
  }

  void doScan(boolean skipws, Boolean template) {
    if (s.tok != Token.WHITESPACE) {
      s.lastEnd = s.tokEnd;
      s.skippedNL = false;
    }
    while (true) {
      Scanner.Result r = s.s.scan(template);
      s.tok = r.tok();
      s.lit = r.lit();
      s.tokEnd = r.end();
      s.row = r.row();
      s.col = r.col();
      s.offset = r.offset();
      if (!r.errors().isEmpty()) {
        for (String e : r.errors()) {
          error(loc(), e);
        }
        s.tok = Token.ILLEGAL;
      }
      if (s.tok == Token.WHITESPACE) {
        if (s.lit.equals("\n")) {
          s.skippedNL = true;
        }
        if (skipws) {
          continue;
        }
      }
      if (s.tok != Token.COMMENT) {
        break;
      }
      String t = s.lit.substring(1);
      while (t.endsWith("\r")) {
        t = t.substring(0, t.length() - 1);
      }
      s.comments = s.comments.add(new Comment(t, loc()));
      template = null;
    }
  }

  ParserState save() {
    return s.copy();
  }

  void restore(ParserState st) {
    s = st;
  }

  boolean enter() {
    recursionDepth++;
    if (recursionDepth > MAX_RECURSION_DEPTH) {
      error(loc(), "max parsing recursion depth exceeded");
      recursionDepth--;
      return false;
    }
    return true;
  }

  void leave() {
    recursionDepth--;
  }

  // ---- errors

  void hint(String h) {
    s.hints = s.hints.add(h);
  }

  void error(Location loc, String reason) {
    List<String> hints = s.hints.toList();
    if (hints.size() == 1) {
      reason = reason + " (hint: " + hints.get(0) + ")";
    } else if (hints.size() > 1) {
      reason = reason + " (hints: " + String.join(", ", hints) + ")";
    }
    s.errors = s.errors.add(new RegoError(PARSE_ERR, reason, loc));
    s.hints = PList.empty();
  }

  void errorf(Location loc, String fmt, Object... args) {
    error(loc, String.format(fmt, args));
  }

  void illegal(String note, Object... args) {
    if (s.tok == Token.ILLEGAL) {
      error(loc(), "illegal token");
      return;
    }
    String tokType = s.tok.isBaseKeyword() || s.tok.isFutureKeyword() ? "keyword" : "token";
    if (!note.isEmpty()) {
      error(loc(), "unexpected " + s.tok + " " + tokType + ": " + String.format(note, args));
    } else {
      error(loc(), "unexpected " + s.tok + " " + tokType);
    }
  }

  void illegalToken() {
    illegal("");
  }

  boolean hasErrors() {
    return !s.errors.isEmpty();
  }

  // ---- keywords

  boolean isAllowedRefKeyword(Token t) {
    String str = t.toString();
    return isKeywordInVersion(str, version) || s.s.isKeyword(str);
  }

  /** If the current token is a keyword usable as a ref head and a ref follows, re-tag it as an identifier. */
  boolean scanAheadRef() {
    if (isAllowedRefKeyword(s.tok)) {
      ParserState st = save();
      scanWS();
      Token tok = s.tok;
      restore(st);
      if (tok == Token.DOT || tok == Token.LBRACK) {
        s.tok = Token.IDENT;
        return true;
      }
    }
    return false;
  }

  boolean isIdentOrAllowedRefKeyword() {
    if (s.tok == Token.IDENT) {
      return true;
    }
    if (isAllowedRefKeyword(s.tok)) {
      s.tok = Token.IDENT;
      return true;
    }
    return false;
  }

  /** OPA's {@code isFutureKeyword}: keywords that a module of this version may import. */
  boolean isFutureKeyword(String kw) {
    return version == RegoVersion.V0 ? Token.FUTURE_KEYWORDS_V0.containsKey(kw)
        : Token.FUTURE_KEYWORDS_V1.containsKey(kw);
  }
}
