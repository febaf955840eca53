package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import java.util.function.Consumer;

/** A variable is used only where its type fits (and non-null inside a OneOf input object). */
final class VariablesInAllowedPositionRule extends Rule {
  VariablesInAllowedPositionRule() {
    super("VariablesInAllowedPosition");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.value.add((walker, value) -> {
      if (value.kind != Ast.VARIABLE || value.expectedType == null || value.variableDefinition == null
          || walker.currentOperation == null) {
        return;
      }
      Type tmp = value.expectedType.copy();
      // A default value, on the variable or on the position, lets a nullable variable fill a non-null slot.
      if (value.variableDefinition.defaultValue != null && value.variableDefinition.defaultValue.kind != Ast.NULL
          && value.expectedType.nonNull) {
        tmp.nonNull = false;
      }
      if (value.expectedTypeHasDefault) {
        tmp.nonNull = false;
      }
      if (!value.variableDefinition.type.isCompatible(tmp)) {
        addError.accept(new GqlError("Variable \"" + value + "\" of type \"" + value.variableDefinition.type
            + "\" used in position expecting type \"" + value.expectedType + "\".").at(value.position));
      }
    });
    events.value.add((walker, value) -> {
      if (value.kind != Ast.OBJECT || value.definition == null
          || Ast.directiveNamed(value.definition.directives, "oneOf") == null) {
        return;
      }
      for (ChildValue child : value.children) {
        Ast.Value fieldValue = child.value;
        if (fieldValue == null || fieldValue.kind != Ast.VARIABLE || fieldValue.variableDefinition == null) {
          continue;
        }
        if (!fieldValue.variableDefinition.type.nonNull) {
          addError.accept(new GqlError("Variable \"" + fieldValue + "\" is of type \""
              + fieldValue.variableDefinition.type + "\" but must be non-nullable to be used for OneOf Input Object \""
              + value.definition.name + "\".").at(fieldValue.variableDefinition.position).at(fieldValue.position));
        }
      }
    });
  }
}
