package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.Ast.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** gqlparser's schema AST (document.go, definition.go) and the validated {@code Schema}. */
final class SchemaAst {
  private SchemaAst() {}

  static final String SCALAR = "SCALAR";
  static final String OBJECT = "OBJECT";
  static final String INTERFACE = "INTERFACE";
  static final String UNION = "UNION";
  static final String ENUM = "ENUM";
  static final String INPUT_OBJECT = "INPUT_OBJECT";

  /** A parsed schema document. */
  static final class SchemaDocument {
    final List<SchemaDefinition> schema = new ArrayList<>();
    final List<SchemaDefinition> schemaExtension = new ArrayList<>();
    final List<DirectiveDefinition> directives = new ArrayList<>();
    final List<Definition> definitions = new ArrayList<>();
    final List<Definition> extensions = new ArrayList<>();
    CommentGroup comment;

    void merge(SchemaDocument other) {
      schema.addAll(other.schema);
      schemaExtension.addAll(other.schemaExtension);
      directives.addAll(other.directives);
      definitions.addAll(other.definitions);
      extensions.addAll(other.extensions);
    }
  }

  /** {@code schema { query: Q ... }} or its extension. */
  static final class SchemaDefinition {
    String description = "";
    List<Directive> directives = new ArrayList<>();
    List<OperationTypeDefinition> operationTypes = new ArrayList<>();
    Position position;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
    CommentGroup endOfDefinitionComment;
  }

  /** {@code query: TypeName} inside a schema definition. */
  static final class OperationTypeDefinition {
    String operation = "";
    String type = "";
    Position position;
    CommentGroup comment;
  }

  /** A type definition or extension (scalar, object, interface, union, enum, input). */
  static final class Definition {
    String kind = "";
    String description = "";
    String name = "";
    List<Directive> directives = new ArrayList<>();
    List<String> interfaces = new ArrayList<>();
    List<FieldDefinition> fields = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<EnumValueDefinition> enumValues = new ArrayList<>();
    Position position;
    List<Position> typePositions = new ArrayList<>();
    boolean builtIn;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
    CommentGroup endOfDefinitionComment;

    boolean isLeafType() {
      return kind.equals(ENUM) || kind.equals(SCALAR);
    }

    boolean isAbstractType() {
      return kind.equals(INTERFACE) || kind.equals(UNION);
    }

    boolean isCompositeType() {
      return kind.equals(OBJECT) || kind.equals(INTERFACE) || kind.equals(UNION);
    }

    boolean isInputType() {
      return kind.equals(SCALAR) || kind.equals(ENUM) || kind.equals(INPUT_OBJECT);
    }

    boolean oneOf(String... names) {
      for (String n : names) {
        if (n.equals(name)) {
          return true;
        }
      }
      return false;
    }

    FieldDefinition fieldNamed(String fieldName) {
      return Ast.named(fields, f -> f.name, fieldName);
    }

    EnumValueDefinition enumValueNamed(String valueName) {
      return Ast.named(enumValues, v -> v.name, valueName);
    }
  }

  /** A field of an object, interface or input object. */
  static final class FieldDefinition {
    String description = "";
    String name = "";
    List<ArgumentDefinition> arguments = new ArrayList<>();
    Value defaultValue;
    Type type;
    List<Directive> directives = new ArrayList<>();
    Position position;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
  }

  /** An argument declared by a field or directive. */
  static final class ArgumentDefinition {
    String description = "";
    String name = "";
    Value defaultValue;
    Type type;
    List<Directive> directives = new ArrayList<>();
    Position position;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
  }

  /** A value of an enum. */
  static final class EnumValueDefinition {
    String description = "";
    String name = "";
    List<Directive> directives = new ArrayList<>();
    Position position;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
  }

  /** {@code directive @name(args) repeatable on LOCATIONS}. */
  static final class DirectiveDefinition {
    String description = "";
    String name = "";
    List<ArgumentDefinition> arguments = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    boolean isRepeatable;
    Position position;
    CommentGroup beforeDescriptionComment;
    CommentGroup afterDescriptionComment;
  }

  static ArgumentDefinition argumentDefinitionNamed(List<ArgumentDefinition> args, String name) {
    return Ast.named(args, a -> a.name, name);
  }

  /** A validated schema: types and directives by name, root operation types, type relations. */
  static final class Schema {
    Definition query;
    Definition mutation;
    Definition subscription;
    final List<Directive> schemaDirectives = new ArrayList<>();
    final Map<String, Definition> types = new HashMap<>();
    final Map<String, DirectiveDefinition> directives = new HashMap<>();
    final Map<String, List<Definition>> possibleTypes = new HashMap<>();
    final Map<String, List<Definition>> implementsMap = new HashMap<>();
    String description = "";

    void addPossibleType(String name, Definition def) {
      possibleTypes.computeIfAbsent(name, k -> new ArrayList<>()).add(def);
    }

    void addImplements(String name, Definition iface) {
      implementsMap.computeIfAbsent(name, k -> new ArrayList<>()).add(iface);
    }

    List<Definition> possibleTypesOf(Definition def) {
      return possibleTypes.getOrDefault(def.name, List.of());
    }
  }
}
