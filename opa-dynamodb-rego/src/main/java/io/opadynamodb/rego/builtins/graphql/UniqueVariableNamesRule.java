package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** An operation defines each variable once. */
final class UniqueVariableNamesRule extends Rule {
  UniqueVariableNamesRule() {
    super("UniqueVariableNames");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      Map<String, Integer> seen = new HashMap<>();
      for (VariableDefinition def : op.variableDefinitions) {
        if (seen.getOrDefault(def.variable, 0) == 1) {
          addError.accept(new GqlError("There can be only one variable named \"$" + def.variable + "\".")
              .at(def.position));
        }
        seen.merge(def.variable, 1, Integer::sum);
      }
    });
  }
}
