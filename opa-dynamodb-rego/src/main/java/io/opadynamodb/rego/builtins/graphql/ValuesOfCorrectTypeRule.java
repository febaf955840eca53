package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.EnumValueDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Literal values fit the type expected where they appear (built-in scalars, enums, input objects). */
final class ValuesOfCorrectTypeRule extends Rule {
  ValuesOfCorrectTypeRule() {
    super("ValuesOfCorrectType");
  }

  @Override
  void register(Events events, Consumer<GqlError> addError) {
    events.value.add((walker, value) -> check(value, addError));
  }

  private static void check(Ast.Value value, Consumer<GqlError> addError) {
    if (value.definition == null || value.expectedType == null) {
      return;
    }
    if (value.kind == Ast.NULL && value.expectedType.nonNull) {
      addError.accept(new GqlError("Expected value of type \"" + value.expectedType + "\", found " + value + ".")
          .at(value.position));
    }
    if (value.definition.kind.equals(SchemaAst.SCALAR)
        && !value.definition.oneOf("Int", "Float", "String", "Boolean", "ID")) {
      return; // custom scalars validate themselves
    }
    List<String> possibleEnums = new ArrayList<>();
    if (value.definition.kind.equals(SchemaAst.ENUM)) {
      for (EnumValueDefinition v : value.definition.enumValues) {
        possibleEnums.add(v.name);
      }
    }
    if (!GoValue.convertible(value)) {
      addError.accept(unexpectedType(value).at(value.position));
    }
    String rawText = value.raw; // fmt.Sprint of the string, block or enum value
    switch (value.kind) {
      case Ast.NULL:
      case Ast.VARIABLE:
        return;
      case Ast.LIST:
        if (value.expectedType.elem == null) {
          addError.accept(unexpectedType(value).at(value.position));
        }
        return;
      case Ast.INT:
        if (!value.definition.oneOf("Int", "Float", "ID")) {
          addError.accept(unexpectedType(value).at(value.position));
        }
        return;
      case Ast.FLOAT:
        if (!value.definition.oneOf("Float")) {
          addError.accept(unexpectedType(value).at(value.position));
        }
        return;
      case Ast.STRING:
      case Ast.BLOCK:
        if (value.definition.kind.equals(SchemaAst.ENUM)) {
          addError.accept(new GqlError("Enum \"" + value.expectedType + "\" cannot represent non-enum value: " + value
              + ".").suggestQuoted("Did you mean the enum value", rawText, possibleEnums).at(value.position));
        } else if (!value.definition.oneOf("String", "ID")) {
          addError.accept(unexpectedType(value).at(value.position));
        }
        return;
      case Ast.ENUM:
        if (!value.definition.kind.equals(SchemaAst.ENUM)) {
          addError.accept(unexpectedType(value).suggestUnquoted("Did you mean the enum value", rawText, possibleEnums)
              .at(value.position));
        } else if (value.definition.enumValueNamed(value.raw) == null) {
          addError.accept(new GqlError("Value \"" + value + "\" does not exist in \"" + value.expectedType + "\" enum.")
              .suggestQuoted("Did you mean the enum value", rawText, possibleEnums).at(value.position));
        }
        return;
      case Ast.BOOLEAN:
        if (!value.definition.oneOf("Boolean")) {
          addError.accept(unexpectedType(value).at(value.position));
        }
        return;
      case Ast.OBJECT:
        checkObject(value, addError);
        return;
      default:
        throw new IllegalStateException("unhandled value kind " + value.kind);
    }
  }

  private static void checkObject(Ast.Value value, Consumer<GqlError> addError) {
    SchemaAst.Definition def = value.definition;
    for (FieldDefinition field : def.fields) {
      if (field.type.nonNull && Ast.childNamed(value.children, field.name) == null && field.defaultValue == null) {
        addError.accept(new GqlError("Field \"" + def.name + "." + field.name + "\" of required type \"" + field.type
            + "\" was not provided.").at(value.position));
      }
    }
    for (Directive directive : def.directives) {
      if (!directive.name.equals("oneOf")) {
        continue;
      }
      if (value.children.size() != 1) {
        addError.accept(new GqlError("OneOf Input Object \"" + def.name + "\" must specify exactly one key.")
            .at(value.position));
        continue;
      }
      Ast.Value fieldValue = value.children.get(0).value;
      if (fieldValue == null || fieldValue.kind == Ast.NULL) {
        addError.accept(new GqlError("Field \"" + def.name + "." + def.fields.get(0).name + "\" must be non-null.")
            .at(fieldValue == null ? null : fieldValue.position));
      }
    }
    for (ChildValue fieldValue : value.children) {
      if (def.fieldNamed(fieldValue.name) == null) {
        List<String> suggestions = new ArrayList<>();
        for (FieldDefinition f : def.fields) {
          suggestions.add(f.name);
        }
        addError.accept(new GqlError("Field \"" + fieldValue.name + "\" is not defined by type \"" + def.name + "\".")
            .suggestQuoted("Did you mean", fieldValue.name, suggestions).at(fieldValue.position));
      }
    }
  }

  /** gqlparser's {@code unexpectedTypeMessageOnly}. */
  private static GqlError unexpectedType(Ast.Value v) {
    switch (v.expectedType.toString()) {
      case "Int":
      case "Int!":
        if (GoValue.isIntegerOutOfInt32(v.raw)) {
          return new GqlError("Int cannot represent non 32-bit signed integer value: " + v);
        }
        return new GqlError("Int cannot represent non-integer value: " + v);
      case "String":
      case "String!":
      case "[String]":
        return new GqlError("String cannot represent a non string value: " + v);
      case "Boolean":
      case "Boolean!":
        return new GqlError("Boolean cannot represent a non boolean value: " + v);
      case "Float":
      case "Float!":
        return new GqlError("Float cannot represent non numeric value: " + v);
      case "ID":
      case "ID!":
        return new GqlError("ID cannot represent a non-string and non-integer value: " + v);
      default:
        if (v.definition.kind.equals(SchemaAst.ENUM)) {
          return new GqlError("Enum \"" + v.expectedType + "\" cannot represent non-enum value: " + v + ".");
        }
        return new GqlError("Expected value of type \"" + v.expectedType + "\", found " + v + ".");
    }
  }
}
