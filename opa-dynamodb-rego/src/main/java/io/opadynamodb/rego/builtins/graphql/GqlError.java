package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import java.util.ArrayList;
import java.util.List;

/** A validation error as gqlerror's {@code Error}: a message built up by options and its locations. */
final class GqlError {
  final StringBuilder message = new StringBuilder();
  final List<Position> locations = new ArrayList<>();

  GqlError(String message) {
    this.message.append(message);
  }

  /** gqlparser's {@code At}: a nil position adds no location. */
  GqlError at(Position pos) {
    if (pos != null) {
      locations.add(pos);
    }
    return this;
  }

  /** gqlparser's {@code SuggestListQuoted}. */
  GqlError suggestQuoted(String prefix, String typed, List<String> options) {
    List<String> suggested = Suggestions.list(typed, options);
    if (!suggested.isEmpty()) {
      message.append(' ').append(prefix).append(' ').append(Suggestions.quotedOrList(suggested)).append('?');
    }
    return this;
  }

  /** gqlparser's {@code SuggestListUnquoted}. */
  GqlError suggestUnquoted(String prefix, String typed, List<String> options) {
    List<String> suggested = Suggestions.list(typed, options);
    if (!suggested.isEmpty()) {
      message.append(' ').append(prefix).append(' ').append(Suggestions.orList(suggested)).append('?');
    }
    return this;
  }

  /** gqlerror's {@code Error()}: "file:line:col: message" (file "input" unless a source is named). */
  String goText() {
    StringBuilder sb = new StringBuilder();
    String file = "input";
    for (Position p : locations) {
      if (!p.source().isEmpty()) {
        file = p.source();
      }
    }
    sb.append(file);
    if (!locations.isEmpty()) {
      sb.append(':').append(locations.get(0).line()).append(':').append(locations.get(0).column());
    }
    return sb.append(": ").append(message).toString();
  }
}
