package io.opadynamodb.rego.parser;

import java.util.Map;

/** Rego source tokens, named as OPA names them in error messages ({@code unexpected assign token}). */
enum Token {
  ILLEGAL("illegal"),
  EOF("eof"),
  WHITESPACE("whitespace"),
  IDENT("identifier"),
  COMMENT("comment"),
  PACKAGE("package"),
  IMPORT("import"),
  AS("as"),
  DEFAULT("default"),
  ELSE("else"),
  NOT("not"),
  SOME("some"),
  WITH("with"),
  NULL("null"),
  TRUE("true"),
  FALSE("false"),
  NUMBER("number"),
  STRING("string"),
  TEMPLATE_STRING_PART("template-string-part"),
  TEMPLATE_STRING_END("template-string-end"),
  RAW_TEMPLATE_STRING_PART("raw-template-string-part"),
  RAW_TEMPLATE_STRING_END("raw-template-string-end"),
  LBRACK("["),
  RBRACK("]"),
  LBRACE("{"),
  RBRACE("}"),
  LPAREN("("),
  RPAREN(")"),
  COMMA(","),
  COLON(":"),
  ADD("plus"),
  SUB("minus"),
  MUL("mul"),
  QUO("div"),
  REM("rem"),
  AND("and"),
  OR("or"),
  UNIFY("eq"),
  EQUAL("equal"),
  ASSIGN("assign"),
  IN("in"),
  NEQ("neq"),
  GT("gt"),
  LT("lt"),
  GTE("gte"),
  LTE("lte"),
  DOT("."),
  SEMICOLON(";"),
  DOLLAR("dollar"),
  EVERY("every"),
  CONTAINS("contains"),
  IF("if"),
  LOGICAL_AND("and"),
  LOGICAL_OR("or");

  private final String text;

  Token(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }

  /** The keywords every Rego version knows. */
  static final Map<String, Token> BASE_KEYWORDS = Map.ofEntries(
      Map.entry("package", PACKAGE),
      Map.entry("import", IMPORT),
      Map.entry("as", AS),
      Map.entry("default", DEFAULT),
      Map.entry("else", ELSE),
      Map.entry("not", NOT),
      Map.entry("some", SOME),
      Map.entry("with", WITH),
      Map.entry("null", NULL),
      Map.entry("true", TRUE),
      Map.entry("false", FALSE));

  /** Keywords a v0 module imports from {@code future.keywords}; standard in v1. */
  static final Map<String, Token> FUTURE_KEYWORDS_V0 = Map.of("in", IN, "every", EVERY, "contains", CONTAINS, "if", IF);

  /** Keywords a v1 module imports from {@code future.keywords}. */
  static final Map<String, Token> FUTURE_KEYWORDS_V1 = Map.of("not", NOT, "and", LOGICAL_AND, "or", LOGICAL_OR);

  /** True for the base keywords ({@code tokens.IsKeyword}). */
  boolean isBaseKeyword() {
    return BASE_KEYWORDS.get(text) == this;
  }

  /** True for the tokens of future keywords. */
  boolean isFutureKeyword() {
    return this == IN || this == EVERY || this == CONTAINS || this == IF || this == NOT || this == LOGICAL_AND
        || this == LOGICAL_OR;
  }
}
