package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's parsedTermCache: terms parsed at a source offset with the parser state after them, so that
 * backtracking does not parse the same term again. Caching a term drops every entry at or after
 * its offset, so the entries form a stack of increasing offsets.
 */
final class TermCache {
  /** One cached parse. */
  record Entry(int offset, Term term, ParserState post) {}

  private final List<Entry> stack;

  TermCache() {
    this.stack = new ArrayList<>();
  }

  private TermCache(List<Entry> entries) {
    this.stack = new ArrayList<>(entries);
  }

  TermCache copy() {
    return new TermCache(stack);
  }

  Entry lookup(int offset) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      Entry e = stack.get(i);
      if (e.offset() < offset) {
        return null;
      }
      if (e.offset() == offset) {
        return e;
      }
    }
    return null;
  }

  void push(int offset, Term term, ParserState post) {
    while (!stack.isEmpty() && stack.get(stack.size() - 1).offset() >= offset) {
      stack.remove(stack.size() - 1);
    }
    stack.add(new Entry(offset, term, post));
  }
}
