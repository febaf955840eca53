package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import java.util.function.Consumer;

/** Every variable an operation defines is used. */
final class NoUnusedVariablesRule extends Rule {
  NoUnusedVariablesRule() {
    super("NoUnusedVariables");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      for (VariableDefinition v : op.variableDefinitions) {
        if (v.used) {
          continue;
        }
        String message = op.name.isEmpty() ? "Variable \"$" + v.variable + "\" is never used."
            : "Variable \"$" + v.variable + "\" is never used in operation \"" + op.name + "\".";
        addError.accept(new GqlError(message).at(v.position));
      }
    });
  }
}
