package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Introspection queries nest list fields (fields, interfaces, ...) fewer than three deep. */
final class MaxIntrospectionDepthRule extends Rule {
  MaxIntrospectionDepthRule() {
    super("MaxIntrospectionDepth");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.field.add((walker, field) -> {
      if ((field.name.equals("__schema") || field.name.equals("__type")) && checkField(field, new HashSet<>(), 0)) {
        addError.accept(new GqlError("Maximum introspection depth exceeded").at(field.position));
      }
    });
  }

  private static boolean checkSelectionSet(List<Selection> set, Set<String> visited, int depth) {
    for (Selection child : set) {
      if (child instanceof Field f && checkField(f, visited, depth)) {
        return true;
      }
      if (child instanceof FragmentSpread s && checkSpread(s, visited, depth)) {
        return true;
      }
      if (child instanceof InlineFragment i && checkSelectionSet(i.selectionSet, visited, depth)) {
        return true;
      }
    }
    return false;
  }

  private static boolean checkField(Field field, Set<String> visited, int depth) {
    int d = depth;
    switch (field.name) {
      case "fields", "interfaces", "possibleTypes", "inputFields" -> {
        d++;
        if (d >= 3) {
          return true;
        }
      }
      default -> { }
    }
    return checkSelectionSet(field.selectionSet, visited, d);
  }

  private static boolean checkSpread(FragmentSpread spread, Set<String> visited, int depth) {
    if (visited.contains(spread.name) || spread.definition == null) {
      return false;
    }
    visited.add(spread.name);
    try {
      return checkSelectionSet(spread.definition.selectionSet, visited, depth);
    } finally {
      visited.remove(spread.name);
    }
  }
}
