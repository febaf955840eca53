package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A fragment does not spread itself, directly or through other fragments. */
final class NoFragmentCyclesRule extends Rule {
  NoFragmentCyclesRule() {
    super("NoFragmentCycles");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    Set<String> visitedFrags = new HashSet<>();
    events.fragment.add((walker, fragment) -> {
      List<FragmentSpread> spreadPath = new ArrayList<>();
      Map<String, Integer> indexByName = new HashMap<>();
      new Object() {
        void recurse(FragmentDefinition f) {
          if (!visitedFrags.add(f.name)) {
            return;
          }
          List<FragmentSpread> spreads = fragmentSpreads(f.selectionSet);
          if (spreads.isEmpty()) {
            return;
          }
          indexByName.put(f.name, spreadPath.size());
          for (FragmentSpread spread : spreads) {
            Integer cycleIndex = indexByName.get(spread.name);
            spreadPath.add(spread);
            if (cycleIndex == null) {
              FragmentDefinition next = walker.document.fragmentNamed(spread.name);
              if (next != null) {
                recurse(next);
              }
            } else {
              List<String> names = new ArrayList<>();
              for (FragmentSpread s : spreadPath.subList(cycleIndex, spreadPath.size() - 1)) {
                names.add("\"" + s.name + "\"");
              }
              String via = names.isEmpty() ? "" : " via " + String.join(", ", names);
              addError.accept(new GqlError("Cannot spread fragment \"" + spread.name + "\" within itself" + via + ".")
                  .at(spread.position));
            }
            spreadPath.remove(spreadPath.size() - 1);
          }
          indexByName.remove(f.name);
        }
      }.recurse(fragment);
    });
  }

  /** The spreads in a selection set, depth first from the last selection set pushed (as gqlparser). */
  private static List<FragmentSpread> fragmentSpreads(List<Selection> node) {
    List<FragmentSpread> spreads = new ArrayList<>();
    Deque<List<Selection>> toVisit = new ArrayDeque<>();
    toVisit.push(node);
    while (!toVisit.isEmpty()) {
      for (Selection s : toVisit.pop()) {
        if (s instanceof FragmentSpread spread) {
          spreads.add(spread);
        } else if (s instanceof Field f) {
          toVisit.push(f.selectionSet);
        } else if (s instanceof InlineFragment i) {
          toVisit.push(i.selectionSet);
        }
      }
    }
    return spreads;
  }
}
