package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.data.GoStrings;
import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.DirectiveDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.EnumValueDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.OperationTypeDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Schema;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDocument;
import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * gqlparser's validator/schema.go ({@code ValidateSchemaDocument}): builds the {@link Schema} from
 * a schema document merged with the prelude, failing with the first problem found. Like
 * gqlparser it merges extensions into their base definitions in place.
 */
final class SchemaValidator {
  private static final Set<String> BUILTIN_DIRECTIVES =
      Set.of("include", "skip", "deprecated", "specifiedBy", "defer", "oneOf");

  private final Schema schema = new Schema();

  private SchemaValidator() {}

  /** gqlerror's {@code ErrorPosf(...).Error()}, thrown. */
  static GqlException errorAt(Position pos, String msg) {
    if (pos == null) {
      return new GqlException("input:-1:-1: " + msg);
    }
    String file = pos.source().isEmpty() ? "input" : pos.source();
    return new GqlException(file + ":" + pos.line() + ":" + pos.column() + ": " + msg);
  }

  /** Validates the document; throws {@link GqlException} with gqlparser's message. */
  static Schema validate(SchemaDocument sd) {
    return new SchemaValidator().build(sd);
  }

  private Schema build(SchemaDocument sd) {
    for (Definition def : sd.definitions) {
      if (schema.types.get(def.name) != null) {
        throw errorAt(def.position, "Cannot redeclare type " + def.name + ".");
      }
      schema.types.put(def.name, def);
    }
    List<Definition> defs = new ArrayList<>(sd.definitions);
    for (Definition ext : sd.extensions) {
      Definition def = schema.types.get(ext.name);
      if (def == null) {
        def = new Definition();
        def.kind = ext.kind;
        def.name = ext.name;
        def.position = ext.position;
        schema.types.put(ext.name, def);
        defs.add(def);
      }
      if (!def.kind.equals(ext.kind)) {
        throw errorAt(ext.position, "Cannot extend type " + ext.name + " because the base type is a " + def.kind
            + ", not " + ext.kind + ".");
      }
      def.directives = concat(def.directives, ext.directives);
      def.interfaces = concat(def.interfaces, ext.interfaces);
      def.fields = concat(def.fields, ext.fields);
      def.types = concat(def.types, ext.types);
      def.typePositions = concat(def.typePositions, ext.typePositions);
      def.enumValues = concat(def.enumValues, ext.enumValues);
    }
    for (Definition def : defs) {
      switch (def.kind) {
        case SchemaAst.UNION:
          for (String t : def.types) {
            schema.addPossibleType(def.name, schema.types.get(t));
            schema.addImplements(t, def);
          }
          break;
        case SchemaAst.INPUT_OBJECT:
        case SchemaAst.OBJECT:
          for (String intf : def.interfaces) {
            schema.addPossibleType(intf, def);
            schema.addImplements(def.name, schema.types.get(intf));
          }
          schema.addPossibleType(def.name, def);
          break;
        case SchemaAst.INTERFACE:
          for (String intf : def.interfaces) {
            schema.addPossibleType(intf, def);
            schema.addImplements(def.name, schema.types.get(intf));
          }
          break;
        default:
          break;
      }
    }
    for (DirectiveDefinition dir : sd.directives) {
      if (schema.directives.get(dir.name) != null && !BUILTIN_DIRECTIVES.contains(dir.name)) {
        throw errorAt(dir.position, "Cannot redeclare directive " + dir.name + ".");
      }
      schema.directives.put(dir.name, dir);
    }
    if (sd.schema.size() > 1) {
      throw errorAt(sd.schema.get(1).position,
          "Cannot have multiple schema entry points, consider schema extensions instead.");
    }
    if (sd.schema.size() == 1) {
      schema.description = sd.schema.get(0).description;
      applySchemaDefinition(sd.schema.get(0));
    }
    for (SchemaDefinition ext : sd.schemaExtension) {
      applySchemaDefinition(ext);
    }
    validateTypeDefinitions();
    new InputObjectCycles(schema).check();
    for (String name : new TreeSet<>(schema.directives.keySet())) {
      DirectiveDefinition def = schema.directives.get(name);
      validateName(def.position, def.name);
      validateArgs(def.arguments, def);
    }
    if (sd.schema.isEmpty()) {
      if (schema.query == null && schema.types.get("Query") != null) {
        schema.query = schema.types.get("Query");
      }
      if (schema.mutation == null && schema.types.get("Mutation") != null) {
        schema.mutation = schema.types.get("Mutation");
      }
      if (schema.subscription == null && schema.types.get("Subscription") != null) {
        schema.subscription = schema.types.get("Subscription");
      }
    }
    if (schema.query != null) {
      FieldDefinition schemaField = new FieldDefinition();
      schemaField.name = "__schema";
      schemaField.type = Type.named("__Schema", true);
      FieldDefinition typeField = new FieldDefinition();
      typeField.name = "__type";
      typeField.type = Type.named("__Type", false);
      ArgumentDefinition nameArg = new ArgumentDefinition();
      nameArg.name = "name";
      nameArg.type = Type.named("String", true);
      typeField.arguments.add(nameArg);
      List<FieldDefinition> fields = new ArrayList<>(schema.query.fields);
      fields.add(schemaField);
      fields.add(typeField);
      schema.query.fields = fields;
    }
    return schema;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private void applySchemaDefinition(SchemaDefinition sd) {
    for (OperationTypeDefinition entrypoint : sd.operationTypes) {
      Definition def = schema.types.get(entrypoint.type);
      if (def == null) {
        throw errorAt(entrypoint.position, "Schema root " + entrypoint.operation + " refers to a type "
            + entrypoint.type + " that does not exist.");
      }
      switch (entrypoint.operation) {
        case "query" -> schema.query = def;
        case "mutation" -> schema.mutation = def;
        case "subscription" -> schema.subscription = def;
        default -> { }
      }
    }
    validateDirectives(sd.directives, "SCHEMA", null, true);
    schema.schemaDirectives.addAll(sd.directives);
  }

  private void validateTypeDefinitions() {
    for (String name : new TreeSet<>(schema.types.keySet())) {
      validateDefinition(schema.types.get(name));
    }
  }

  private void validateDefinition(Definition def) {
    for (FieldDefinition field : def.fields) {
      validateName(field.position, field.name);
      validateTypeRef(field.type);
      validateArgs(field.arguments, null);
      String loc = def.kind.equals(SchemaAst.INPUT_OBJECT) ? "INPUT_FIELD_DEFINITION" : "FIELD_DEFINITION";
      validateDirectives(field.directives, loc, null, true);
    }
    for (String typ : def.types) {
      Definition typDef = schema.types.get(typ);
      if (typDef == null) {
        throw errorAt(def.position, "Undefined type " + GoQuote.quote(typ) + ".");
      }
      if (!typDef.kind.equals(SchemaAst.OBJECT)) {
        throw errorAt(def.position, def.kind + " type " + GoQuote.quote(typ) + " must be OBJECT.");
      }
    }
    for (String intf : def.interfaces) {
      new ImplementsCheck(schema, def, intf).check();
    }
    switch (def.kind) {
      case SchemaAst.OBJECT:
      case SchemaAst.INTERFACE:
        if (def.fields.isEmpty()) {
          throw errorAt(def.position, def.kind + " " + def.name + ": must define one or more fields.");
        }
        for (FieldDefinition field : def.fields) {
          Definition typ = schema.types.get(field.type.name());
          if (typ != null && !(typ.isLeafType() || typ.isCompositeType())) {
            throw errorAt(field.position, def.kind + " " + def.name
                + ": field must be one of SCALAR, OBJECT, INTERFACE, UNION, ENUM.");
          }
        }
        break;
      case SchemaAst.ENUM:
        if (def.enumValues.isEmpty()) {
          throw errorAt(def.position, def.kind + " " + def.name + ": must define one or more unique enum values.");
        }
        for (EnumValueDefinition value : def.enumValues) {
          if (value.name.equals("true") || value.name.equals("false") || value.name.equals("null")) {
            throw errorAt(def.position, def.kind + " " + def.name + ": non-enum value " + value.name + ".");
          }
          validateDirectives(value.directives, "ENUM_VALUE", null, true);
        }
        break;
      case SchemaAst.INPUT_OBJECT:
        if (def.fields.isEmpty()) {
          throw errorAt(def.position, def.kind + " " + def.name + ": must define one or more input fields.");
        }
        for (FieldDefinition field : def.fields) {
          Definition typ = schema.types.get(field.type.name());
          if (typ != null && !typ.isInputType()) {
            throw errorAt(field.position, typ.kind + " " + field.name
                + ": field must be one of SCALAR, ENUM, INPUT_OBJECT.");
          }
        }
        break;
      default:
        break;
    }
    checkUnique(def);
    if (!def.builtIn) {
      validateName(def.position, def.name);
    }
    // Directives merged from the base definition and its extensions are distinct locations.
    validateDirectives(def.directives, def.kind, null, false);
  }

  private static void checkUnique(Definition def) {
    for (int i = 0; i < def.fields.size(); i++) {
      for (int j = i + 1; j < def.fields.size(); j++) {
        FieldDefinition f2 = def.fields.get(j);
        if (def.fields.get(i).name.equals(f2.name)) {
          throw errorAt(f2.position, "Field " + def.name + "." + f2.name + " can only be defined once.");
        }
      }
    }
    for (int i = 0; i < def.enumValues.size(); i++) {
      for (int j = i + 1; j < def.enumValues.size(); j++) {
        EnumValueDefinition v2 = def.enumValues.get(j);
        if (def.enumValues.get(i).name.equals(v2.name)) {
          throw errorAt(v2.position, "Enum value " + def.name + "." + v2.name + " can only be defined once.");
        }
      }
    }
    boolean aligned = def.typePositions.size() == def.types.size();
    for (int i = 0; i < def.types.size(); i++) {
      for (int j = i + 1; j < def.types.size(); j++) {
        if (!def.types.get(i).equals(def.types.get(j))) {
          continue;
        }
        Position pos = aligned && def.typePositions.get(j) != null ? def.typePositions.get(j) : def.position;
        throw errorAt(pos, "Union type " + def.name + " can only include type " + def.types.get(j) + " once.");
      }
    }
  }

  private void validateTypeRef(Type typ) {
    if (schema.types.get(typ.name()) == null) {
      throw errorAt(typ.position, "Undefined type " + typ.name() + ".");
    }
  }

  private void validateArgs(List<ArgumentDefinition> args, DirectiveDefinition currentDirective) {
    for (ArgumentDefinition arg : args) {
      validateName(arg.position, arg.name);
      validateTypeRef(arg.type);
      Definition def = schema.types.get(arg.type.name());
      if (!def.isInputType()) {
        throw errorAt(arg.position, "cannot use " + arg.type + " as argument " + arg.name + " because " + def.kind
            + " is not a valid input type");
      }
      validateDirectives(arg.directives, "ARGUMENT_DEFINITION", currentDirective, true);
    }
  }

  private void validateDirectives(List<Directive> dirs, String location, DirectiveDefinition currentDirective,
      boolean singleLocation) {
    Set<String> seen = new HashSet<>();
    for (Directive dir : dirs) {
      validateName(dir.position, dir.name);
      if (currentDirective != null && dir.name.equals(currentDirective.name)) {
        throw errorAt(dir.position, "Directive " + currentDirective.name + " cannot refer to itself.");
      }
      DirectiveDefinition dirDefinition = schema.directives.get(dir.name);
      if (dirDefinition == null) {
        throw errorAt(dir.position, "Undefined directive " + dir.name + ".");
      }
      if (singleLocation) {
        if (seen.contains(dir.name) && !dirDefinition.isRepeatable) {
          throw errorAt(dir.position, "The directive " + dir.name + " can only be used once at this location.");
        }
        seen.add(dir.name);
      }
      if (!dirDefinition.locations.contains(location)) {
        throw errorAt(dir.position, "Directive " + dir.name + " is not applicable on " + location + ".");
      }
      for (Argument arg : dir.arguments) {
        if (SchemaAst.argumentDefinitionNamed(dirDefinition.arguments, arg.name) == null) {
          throw errorAt(arg.position, "Undefined argument " + arg.name + " for directive " + dir.name + ".");
        }
      }
      for (ArgumentDefinition schemaArg : dirDefinition.arguments) {
        if (schemaArg.type.nonNull && schemaArg.defaultValue == null) {
          Argument arg = Ast.argumentNamed(dir.arguments, schemaArg.name);
          if (arg == null || (arg.value != null && arg.value.kind == Ast.NULL)) {
            throw errorAt(dir.position, "Argument " + schemaArg.name + " for directive " + dir.name
                + " cannot be null.");
          }
        }
      }
      dir.definition = dirDefinition;
    }
  }

  static void validateName(Position pos, String name) {
    if (name.startsWith("__")) {
      throw errorAt(pos, "Name \"" + name + "\" must not begin with \"__\", which is reserved by GraphQL introspection.");
    }
  }

  /** {@code validateInputObjectCircularRefs}: no cycle of non-null input object fields. */
  private record InputObjectCycles(Schema schema, Set<String> visited, List<FieldDefinition> fieldPath,
      Map<String, Integer> indexByType) {
    InputObjectCycles(Schema schema) {
      this(schema, new HashSet<>(), new ArrayList<>(), new HashMap<>());
    }

    void check() {
      for (String name : new TreeSet<>(schema.types.keySet())) {
        Definition def = schema.types.get(name);
        if (def.kind.equals(SchemaAst.INPUT_OBJECT)) {
          detect(def);
        }
      }
    }

    private void detect(Definition def) {
      if (!visited.add(def.name)) {
        return;
      }
      indexByType.put(def.name, fieldPath.size());
      for (FieldDefinition field : def.fields) {
        if (!field.type.nonNull || field.type.namedType.isEmpty()) {
          continue;
        }
        Definition fieldType = schema.types.get(field.type.namedType);
        if (fieldType == null || !fieldType.kind.equals(SchemaAst.INPUT_OBJECT)) {
          continue;
        }
        fieldPath.add(field);
        Integer cycleIndex = indexByType.get(fieldType.name);
        if (cycleIndex != null) {
          List<String> names = new ArrayList<>();
          for (FieldDefinition f : fieldPath.subList(cycleIndex, fieldPath.size())) {
            names.add(f.name);
          }
          throw errorAt(fieldPath.get(cycleIndex).position, "Cannot reference Input Object "
              + GoQuote.quote(fieldType.name) + " within itself through a series of non-null fields: "
              + GoQuote.quote(String.join(".", names)) + ".");
        }
        detect(fieldType);
        fieldPath.remove(fieldPath.size() - 1);
      }
      indexByType.remove(def.name);
    }
  }
}
