package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.data.GoStrings;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A subscription selects exactly one top-level field, and not an introspection field. */
final class SingleFieldSubscriptionsRule extends Rule {
  SingleFieldSubscriptionsRule() {
    super("SingleFieldSubscriptions");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      if (walker.schema.subscription == null || !op.operation.equals("subscription")) {
        return;
      }
      List<Map.Entry<String, Position>> fields = topFields(op.selectionSet);
      String name = op.name.isEmpty() ? "Anonymous Subscription" : "Subscription " + GoQuote.quote(op.name);
      if (fields.size() > 1) {
        addError.accept(new GqlError(name + " must select only one top level field.").at(fields.get(1).getValue()));
      }
      for (Map.Entry<String, Position> f : fields) {
        if (f.getKey().startsWith("__")) {
          addError.accept(new GqlError(name + " must not select an introspection top level field.").at(f.getValue()));
        }
      }
    });
  }

  /** The top-level field names (first occurrence of each) with their positions. */
  private static List<Map.Entry<String, Position>> topFields(List<Selection> set) {
    List<Map.Entry<String, Position>> all = new ArrayList<>();
    Set<String> inFragment = new HashSet<>();
    collect(set, all, inFragment);
    Set<String> seen = new HashSet<>();
    List<Map.Entry<String, Position>> out = new ArrayList<>();
    for (Map.Entry<String, Position> e : all) {
      if (seen.add(e.getKey())) {
        out.add(e);
      }
    }
    return out;
  }

  private static void collect(List<Selection> set, List<Map.Entry<String, Position>> out, Set<String> inFragment) {
    for (Selection s : set) {
      if (s instanceof Field f) {
        out.add(new java.util.AbstractMap.SimpleEntry<>(f.name, f.position));
      } else if (s instanceof InlineFragment i) {
        collect(i.selectionSet, out, inFragment);
      } else if (s instanceof FragmentSpread spread) {
        if (spread.definition == null) {
          return;
        }
        if (inFragment.add(spread.definition.name)) {
          collect(spread.definition.selectionSet, out, inFragment);
        }
      }
    }
  }
}
