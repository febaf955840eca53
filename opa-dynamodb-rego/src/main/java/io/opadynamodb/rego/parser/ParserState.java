package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.RegoError;

/**
 * The parser's mutable position, copied whole to save and restore it when the parser backtracks
 * (OPA's {@code state}).
 */
final class ParserState {
  PList<RegoError> errors = PList.empty();
  PList<Comment> comments = PList.empty();
  PList<String> hints = PList.empty();
  Scanner s;
  Token tok = Token.ILLEGAL;
  String lit = "";
  int offset;
  int row;
  int col;
  int lastEnd;
  int tokEnd;
  int wildcard;
  /** Counter for the variables generated for template-string expressions. */
  int templateVars;
  boolean skippedNL;

  ParserState copy() {
    ParserState c = new ParserState();
    c.errors = errors;
    c.comments = comments;
    c.hints = hints;
    c.s = s.copy();
    c.tok = tok;
    c.lit = lit;
    c.offset = offset;
    c.row = row;
    c.col = col;
    c.lastEnd = lastEnd;
    c.tokEnd = tokEnd;
    c.wildcard = wildcard;
    c.templateVars = templateVars;
    c.skippedNL = skippedNL;
    return c;
  }
}
