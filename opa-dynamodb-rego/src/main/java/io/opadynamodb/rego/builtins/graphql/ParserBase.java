package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.data.GoStrings;
import io.opadynamodb.rego.builtins.graphql.Ast.Comment;
import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.Lexer.Kind;
import io.opadynamodb.rego.builtins.graphql.Lexer.Token;
import io.opadynamodb.rego.value.GoQuote;

/**
 * gqlparser's parser.go: token plumbing shared by the query and schema parsers. Like gqlparser,
 * the first error is recorded and parsing winds down (every read then returns the last token);
 * comments read while peeking become the pending {@link #comment} for the next node.
 */
abstract class ParserBase {
  private final Lexer lexer;
  private final String sourceName;
  private boolean peeked;
  private Token peekToken;
  /** Go's zero token: what the parser sees once an error has been recorded before any read. */
  Token prev = new Token(Kind.INVALID, "", 0, 0, null);
  /** The first error, as gqlerror's {@code Error()} text ("input:L:C: message"). */
  String err;
  CommentGroup comment;
  private boolean commentConsuming;

  ParserBase(String input, String sourceName) {
    this.lexer = new Lexer(input, sourceName);
    this.sourceName = sourceName;
  }

  /** Throws the recorded error, if any. */
  void throwIfFailed() {
    if (err != null) {
      throw new GqlException(err);
    }
  }

  Position pos(Token t) {
    return new Position(t.line(), t.column(), sourceName);
  }

  Position peekPos() {
    if (err != null) {
      return null;
    }
    return pos(peek());
  }

  Token peek() {
    if (err != null) {
      return prev;
    }
    if (!peeked) {
      peekToken = lexer.next();
      peeked = true;
      if (peekToken.kind() == Kind.COMMENT) {
        consumeCommentGroup();
      }
    }
    return peekToken;
  }

  Token next() {
    if (err != null) {
      return prev;
    }
    if (peeked) {
      peeked = false;
      comment = null;
      prev = peekToken;
    } else {
      prev = lexer.next();
      if (prev.error() == null && prev.kind() == Kind.COMMENT) {
        consumeCommentGroup();
      }
    }
    if (prev.error() != null) {
      err = prev.error();
    }
    return prev;
  }

  private void consumeCommentGroup() {
    if (err != null || commentConsuming) {
      return;
    }
    commentConsuming = true;
    CommentGroup group = new CommentGroup();
    while (err == null) {
      Token tok = peek();
      if (tok.kind() != Kind.COMMENT) {
        break;
      }
      next();
      group.list.add(new Comment(tok.value(), pos(tok)));
    }
    comment = group;
    commentConsuming = false;
  }

  void error(Token tok, String msg) {
    if (err == null) {
      err = (sourceName.isEmpty() ? "input" : sourceName) + ":" + tok.line() + ":" + tok.column() + ": " + msg;
    }
  }

  Token expectKeyword(String value) {
    Token tok = peek();
    if (tok.kind() == Kind.NAME && tok.value().equals(value)) {
      return next();
    }
    error(tok, "Expected " + GoQuote.quote(value) + ", found " + tok);
    return tok;
  }

  /** {@link #expectKeyword} returning the comment pending before the keyword, as gqlparser does. */
  CommentGroup expectKeywordComment(String value) {
    peek();
    CommentGroup c = comment;
    expectKeyword(value);
    return c;
  }

  /** {@link #expect} returning the comment pending before the token. */
  CommentGroup expectComment(Kind kind) {
    peek();
    CommentGroup c = comment;
    expect(kind);
    return c;
  }

  Token expect(Kind kind) {
    Token tok = peek();
    if (tok.kind() == kind) {
      return next();
    }
    error(tok, "Expected " + kind.text + ", found " + tok.kind().text);
    return tok;
  }

  boolean skip(Kind kind) {
    if (err != null || peek().kind() != kind) {
      return false;
    }
    next();
    return true;
  }

  void unexpectedError() {
    unexpectedToken(peek());
  }

  void unexpectedToken(Token tok) {
    error(tok, "Unexpected " + tok);
  }

  void many(Kind start, Kind end, Runnable cb) {
    if (!skip(start)) {
      return;
    }
    while (peek().kind() != end && err == null) {
      cb.run();
    }
    next();
  }

  /** Like {@link #many} but requires one item; returns the comment before the closing token. */
  CommentGroup some(Kind start, Kind end, Runnable cb) {
    if (!skip(start)) {
      return null;
    }
    boolean called = false;
    while (peek().kind() != end && err == null) {
      called = true;
      cb.run();
    }
    if (!called) {
      error(peek(), "expected at least one definition, found " + peek().kind().text);
      return null;
    }
    CommentGroup c = comment;
    next();
    return c;
  }

  String parseName() {
    return expect(Kind.NAME).value();
  }
}
