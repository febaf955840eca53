package io.opadynamodb.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Types named by variables and fragments exist in the schema. */
final class KnownTypeNamesRule extends Rule {
  KnownTypeNamesRule() {
    super("KnownTypeNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.variable.add((walker, variable) -> {
      String typeName = variable.type.name();
      if (walker.schema.types.get(typeName) == null) {
        addError.accept(new GqlError("Unknown type \"" + typeName + "\".").at(variable.position));
      }
    });
    events.inlineFragment.add((walker, f) -> {
      if (f.typeCondition.isEmpty() || walker.schema.types.get(f.typeCondition) != null) {
        return;
      }
      addError.accept(new GqlError("Unknown type \"" + f.typeCondition + "\".").at(f.position));
    });
    events.fragment.add((walker, f) -> {
      if (walker.schema.types.get(f.typeCondition) != null) {
        return;
      }
      List<String> possible = new ArrayList<>(walker.schema.types.keySet());
      addError.accept(new GqlError("Unknown type \"" + f.typeCondition + "\".")
          .suggestQuoted("Did you mean", f.typeCondition, possible).at(f.position));
    });
  }
}
