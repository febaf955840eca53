package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import java.util.function.Consumer;

/** Variables have input types (scalar, enum, input object). */
final class VariablesAreInputTypesRule extends Rule {
  VariablesAreInputTypesRule() {
    super("VariablesAreInputTypes");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.operation.add((walker, op) -> {
      for (VariableDefinition def : op.variableDefinitions) {
        if (def.definition != null && !def.definition.isInputType()) {
          addError.accept(new GqlError("Variable \"$" + def.variable + "\" cannot be non-input type \"" + def.type
              + "\".").at(def.position));
        }
      }
    });
  }
}
