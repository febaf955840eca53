package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.value.GoQuote;
import static io.opadynamodb.rego.builtins.graphql.SchemaValidator.errorAt;

import io.opadynamodb.rego.builtins.data.GoStrings;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Schema;

/**
 * gqlparser's {@code validateImplements} and {@code validateTypeImplementsAncestors}: a type that
 * declares an interface has its fields with compatible types and arguments, and also declares
 * the interfaces that interface implements.
 */
record ImplementsCheck(Schema schema, Definition def, String intfName) {
  void check() {
    Definition intf = schema.types.get(intfName);
    if (intf == null) {
      throw errorAt(def.position, "Undefined type " + GoQuote.quote(intfName) + ".");
    }
    if (!intf.kind.equals(SchemaAst.INTERFACE)) {
      throw errorAt(def.position, GoQuote.quote(intfName) + " is a non interface type " + intf.kind + ".");
    }
    String prefix = "For " + def.name + " to implement " + intf.name;
    for (FieldDefinition required : intf.fields) {
      FieldDefinition found = def.fieldNamed(required.name);
      if (found == null) {
        throw errorAt(def.position, prefix + " it must have a field called " + required.name + ".");
      }
      if (!isCovariant(required.type, found.type)) {
        throw errorAt(found.position, prefix + " the field " + required.name + " must have type " + required.type
            + ".");
      }
      for (ArgumentDefinition requiredArg : required.arguments) {
        ArgumentDefinition foundArg = SchemaAst.argumentDefinitionNamed(found.arguments, requiredArg.name);
        if (foundArg == null) {
          throw errorAt(found.position, prefix + " the field " + required.name
              + " must have the same arguments but it is missing " + requiredArg.name + ".");
        }
        if (!requiredArg.type.isCompatible(foundArg.type)) {
          throw errorAt(foundArg.position, prefix + " the field " + required.name
              + " must have the same arguments but " + requiredArg.name + " has the wrong type.");
        }
      }
      for (ArgumentDefinition foundArg : found.arguments) {
        if (SchemaAst.argumentDefinitionNamed(required.arguments, foundArg.name) == null && foundArg.type.nonNull
            && foundArg.defaultValue == null) {
          throw errorAt(foundArg.position, prefix + " any additional arguments on " + found.name
              + " must be optional or have a default value but " + foundArg.name + " is required.");
        }
      }
    }
    for (String transitive : intf.interfaces) {
      if (!def.interfaces.contains(transitive)) {
        if (transitive.equals(def.name)) {
          throw errorAt(def.position, "Type " + def.name + " cannot implement " + intfName
              + " because it would create a circular reference.");
        }
        throw errorAt(def.position, "Type " + def.name + " must implement " + transitive
            + " because it is implemented by " + intfName + ".");
      }
    }
  }

  private boolean isCovariant(Type required, Type actual) {
    if (required.nonNull && !actual.nonNull) {
      return false;
    }
    if (!required.namedType.isEmpty()) {
      if (required.namedType.equals(actual.namedType)) {
        return true;
      }
      for (Definition pt : schema.possibleTypes.getOrDefault(required.namedType, java.util.List.of())) {
        if (pt != null && pt.name.equals(actual.namedType)) {
          return true;
        }
      }
      return false;
    }
    if (required.elem != null && actual.elem == null) {
      return false;
    }
    return isCovariant(required.elem, actual.elem);
  }
}
