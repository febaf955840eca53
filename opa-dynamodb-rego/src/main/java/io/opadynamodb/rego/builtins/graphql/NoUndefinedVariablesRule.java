package io.opadynamodb.rego.builtins.graphql;


import java.util.function.Consumer;

/** Variables used by an operation are defined by it. */
final class NoUndefinedVariablesRule extends Rule {
  NoUndefinedVariablesRule() {
    super("NoUndefinedVariables");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.value.add((walker, value) -> {
      if (walker.currentOperation == null || value.kind != Ast.VARIABLE || value.variableDefinition != null) {
        return;
      }
      String opName = walker.currentOperation.name;
      String message = opName.isEmpty() ? "Variable \"" + value + "\" is not defined."
          : "Variable \"" + value + "\" is not defined by operation \"" + opName + "\".";
      addError.accept(new GqlError(message).at(value.position));
    });
  }
}
