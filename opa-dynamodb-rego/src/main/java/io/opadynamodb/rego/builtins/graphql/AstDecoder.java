package io.opadynamodb.rego.builtins.graphql;

import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.bool;
import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.integer;
import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.list;
import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.members;
import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.string;
import static io.opadynamodb.rego.builtins.graphql.GoJsonReader.strings;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Comment;
import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.GoJsonReader.DecodeException;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.OperationDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.QueryDocument;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.DirectiveDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.EnumValueDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.OperationTypeDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDocument;
import io.opadynamodb.rego.value.Value;
import java.util.List;

/**
 * OPA's {@code objectToQueryDocument}/{@code objectToSchemaDocument}: an AST object (as the
 * parse built-ins return it) decoded back into gqlparser's structs with Go's JSON rules and
 * gqlparser's decode.go (a selection is tried as a field, then a fragment spread, then an inline
 * fragment). Decoded nodes carry no positions.
 */
final class AstDecoder {
  private AstDecoder() {}

  private static final List<String> QUERY_DOC = List.of("Operations", "Fragments", "Comment");
  private static final List<String> OPERATION = List.of("Operation", "Name", "VariableDefinitions", "Directives",
      "SelectionSet", "Position");
  private static final List<String> VARIABLE = List.of("Variable", "Type", "DefaultValue", "Directives", "Comment",
      "Definition", "Used");
  private static final List<String> FIELD = List.of("Alias", "Name", "Arguments", "Directives", "SelectionSet",
      "Position", "Definition", "ObjectDefinition");
  private static final List<String> SPREAD = List.of("Name", "Directives", "ObjectDefinition", "Definition",
      "Position", "Comment");
  private static final List<String> INLINE = List.of("TypeCondition", "Directives", "SelectionSet",
      "ObjectDefinition", "Position");
  private static final List<String> FRAGMENT = List.of("Name", "VariableDefinition", "TypeCondition", "Directives",
      "SelectionSet", "Definition", "Position");
  private static final List<String> ARGUMENT = List.of("Name", "Value", "Comment");
  private static final List<String> DIRECTIVE = List.of("Name", "Arguments", "ParentDefinition", "Definition",
      "Location");
  private static final List<String> VALUE = List.of("Raw", "Children", "Kind", "Comment", "Definition",
      "VariableDefinition", "ExpectedType", "ExpectedTypeHasDefault");
  private static final List<String> TYPE = List.of("NamedType", "Elem", "NonNull");
  private static final List<String> COMMENT_GROUP = List.of("List");
  private static final List<String> COMMENT = List.of("Value");
  private static final List<String> SCHEMA_DOC = List.of("Schema", "SchemaExtension", "Directives", "Definitions",
      "Extensions", "Comment");
  private static final List<String> SCHEMA_DEF = List.of("Description", "Directives", "OperationTypes",
      "BeforeDescriptionComment", "AfterDescriptionComment", "EndOfDefinitionComment");
  private static final List<String> OPERATION_TYPE = List.of("Operation", "Type", "Comment");
  private static final List<String> DEFINITION = List.of("Kind", "Description", "Name", "Directives", "Interfaces",
      "Fields", "Types", "EnumValues", "BuiltIn", "BeforeDescriptionComment", "AfterDescriptionComment",
      "EndOfDefinitionComment");
  private static final List<String> FIELD_DEF = List.of("Description", "Name", "Arguments", "DefaultValue", "Type",
      "Directives", "BeforeDescriptionComment", "AfterDescriptionComment");
  private static final List<String> ARGUMENT_DEF = List.of("Description", "Name", "DefaultValue", "Type",
      "Directives", "BeforeDescriptionComment", "AfterDescriptionComment");
  private static final List<String> ENUM_VALUE = List.of("Description", "Name", "Directives",
      "BeforeDescriptionComment", "AfterDescriptionComment");
  private static final List<String> DIRECTIVE_DEF = List.of("Description", "Name", "Arguments", "Locations",
      "IsRepeatable", "BeforeDescriptionComment", "AfterDescriptionComment");

  // ------------------------------------------------------------- queries

  static QueryDocument query(Value v) {
    QueryDocument d = new QueryDocument();
    members(v, "QueryDocument", QUERY_DOC, false, (k, x) -> {
      switch (k) {
        case "Operations" -> d.operations.addAll(list(x, "QueryDocument.Operations", AstDecoder::operation));
        case "Fragments" -> d.fragments.addAll(list(x, "QueryDocument.Fragments", AstDecoder::fragment));
        default -> d.comment = comments(x);
      }
    });
    return d;
  }

  private static OperationDefinition operation(Value v) {
    OperationDefinition o = new OperationDefinition();
    members(v, "OperationDefinition", OPERATION, true, (k, x) -> {
      switch (k) {
        case "Operation" -> o.operation = string(x, "OperationDefinition.Operation");
        case "Name" -> o.name = string(x, "OperationDefinition.Name");
        case "VariableDefinitions" -> o.variableDefinitions = list(x, k, AstDecoder::variable);
        case "Directives" -> o.directives = list(x, k, AstDecoder::directive);
        case "SelectionSet" -> o.selectionSet = selectionSet(x);
        default -> { } // Position: not kept
      }
    });
    return o;
  }

  private static VariableDefinition variable(Value v) {
    VariableDefinition d = new VariableDefinition();
    members(v, "VariableDefinition", VARIABLE, false, (k, x) -> {
      switch (k) {
        case "Variable" -> d.variable = string(x, "VariableDefinition.Variable");
        case "Type" -> d.type = type(x);
        case "DefaultValue" -> d.defaultValue = value(x);
        case "Directives" -> d.directives = list(x, k, AstDecoder::directive);
        case "Comment" -> d.comment = comments(x);
        case "Definition" -> d.definition = definition(x);
        default -> d.used = bool(x, "VariableDefinition.Used");
      }
    });
    return d;
  }

  /** gqlparser's {@code UnmarshalSelectionSet}: items that decode as none of the three are dropped. */
  private static List<Selection> selectionSet(Value v) {
    return list(v, "SelectionSet", x -> {
      try {
        return field(x);
      } catch (DecodeException notField) {
        try {
          return spread(x);
        } catch (DecodeException notSpread) {
          try {
            return inline(x);
          } catch (DecodeException notInline) {
            return null;
          }
        }
      }
    });
  }

  private static Field field(Value v) {
    Field f = new Field();
    members(v, "Field", FIELD, true, (k, x) -> {
      switch (k) {
        case "Alias" -> f.alias = string(x, "Field.Alias");
        case "Name" -> f.name = string(x, "Field.Name");
        case "Arguments" -> f.arguments = list(x, k, AstDecoder::argument);
        case "Directives" -> f.directives = list(x, k, AstDecoder::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "Definition" -> f.definition = fieldDefinition(x);
        case "ObjectDefinition" -> f.objectDefinition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private static FragmentSpread spread(Value v) {
    FragmentSpread s = new FragmentSpread();
    members(v, "FragmentSpread", SPREAD, false, (k, x) -> {
      switch (k) {
        case "Name" -> s.name = string(x, "FragmentSpread.Name");
        case "Directives" -> s.directives = list(x, k, AstDecoder::directive);
        case "ObjectDefinition" -> s.objectDefinition = definition(x);
        case "Definition" -> s.definition = fragment(x);
        case "Comment" -> s.comment = comments(x);
        default -> { }
      }
    });
    return s;
  }

  private static InlineFragment inline(Value v) {
    InlineFragment f = new InlineFragment();
    members(v, "InlineFragment", INLINE, true, (k, x) -> {
      switch (k) {
        case "TypeCondition" -> f.typeCondition = string(x, "InlineFragment.TypeCondition");
        case "Directives" -> f.directives = list(x, k, AstDecoder::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "ObjectDefinition" -> f.objectDefinition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private static FragmentDefinition fragment(Value v) {
    FragmentDefinition f = new FragmentDefinition();
    members(v, "FragmentDefinition", FRAGMENT, true, (k, x) -> {
      switch (k) {
        case "Name" -> f.name = string(x, "FragmentDefinition.Name");
        case "VariableDefinition" -> f.variableDefinition = list(x, k, AstDecoder::variable);
        case "TypeCondition" -> f.typeCondition = string(x, "FragmentDefinition.TypeCondition");
        case "Directives" -> f.directives = list(x, k, AstDecoder::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "Definition" -> f.definition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private static Argument argument(Value v) {
    Argument a = new Argument();
    members(v, "Argument", ARGUMENT, false, (k, x) -> {
      switch (k) {
        case "Name" -> a.name = string(x, "Argument.Name");
        case "Value" -> a.value = value(x);
        default -> a.comment = comments(x);
      }
    });
    return a;
  }

  private static Directive directive(Value v) {
    Directive d = new Directive();
    members(v, "Directive", DIRECTIVE, false, (k, x) -> {
      switch (k) {
        case "Name" -> d.name = string(x, "Directive.Name");
        case "Arguments" -> d.arguments = list(x, k, AstDecoder::argument);
        case "ParentDefinition" -> d.parentDefinition = definition(x);
        case "Definition" -> d.definition = directiveDefinition(x);
        default -> d.location = string(x, "Directive.Location");
      }
    });
    return d;
  }

  private static Ast.Value value(Value v) {
    Ast.Value val = new Ast.Value();
    members(v, "Value", VALUE, false, (k, x) -> {
      switch (k) {
        case "Raw" -> val.raw = string(x, "Value.Raw");
        case "Children" -> val.children = list(x, k, AstDecoder::child);
        case "Kind" -> val.kind = integer(x, "Value.Kind");
        case "Comment" -> val.comment = comments(x);
        case "Definition" -> val.definition = definition(x);
        case "VariableDefinition" -> val.variableDefinition = variable(x);
        case "ExpectedType" -> val.expectedType = type(x);
        default -> val.expectedTypeHasDefault = bool(x, "Value.ExpectedTypeHasDefault");
      }
    });
    return val;
  }

  private static ChildValue child(Value v) {
    ChildValue c = new ChildValue();
    members(v, "ChildValue", ARGUMENT, false, (k, x) -> {
      switch (k) {
        case "Name" -> c.name = string(x, "ChildValue.Name");
        case "Value" -> c.value = value(x);
        default -> c.comment = comments(x);
      }
    });
    return c;
  }

  private static Type type(Value v) {
    Type t = new Type();
    members(v, "Type", TYPE, false, (k, x) -> {
      switch (k) {
        case "NamedType" -> t.namedType = string(x, "Type.NamedType");
        case "Elem" -> t.elem = type(x);
        default -> t.nonNull = bool(x, "Type.NonNull");
      }
    });
    return t;
  }

  private static CommentGroup comments(Value v) {
    CommentGroup g = new CommentGroup();
    members(v, "CommentGroup", COMMENT_GROUP, false, (k, x) -> g.list.addAll(list(x, "CommentGroup.List", c -> {
      String[] text = {""};
      members(c, "Comment", COMMENT, false, (ck, cx) -> text[0] = string(cx, "Comment.Value"));
      return new Comment(text[0], null);
    })));
    return g;
  }

  // ------------------------------------------------------------- schemas

  static SchemaDocument schema(Value v) {
    SchemaDocument d = new SchemaDocument();
    members(v, "SchemaDocument", SCHEMA_DOC, false, (k, x) -> {
      switch (k) {
        case "Schema" -> d.schema.addAll(list(x, k, AstDecoder::schemaDefinition));
        case "SchemaExtension" -> d.schemaExtension.addAll(list(x, k, AstDecoder::schemaDefinition));
        case "Directives" -> d.directives.addAll(list(x, k, AstDecoder::directiveDefinition));
        case "Definitions" -> d.definitions.addAll(list(x, k, AstDecoder::definition));
        case "Extensions" -> d.extensions.addAll(list(x, k, AstDecoder::definition));
        default -> d.comment = comments(x);
      }
    });
    return d;
  }

  private static SchemaDefinition schemaDefinition(Value v) {
    SchemaDefinition s = new SchemaDefinition();
    members(v, "SchemaDefinition", SCHEMA_DEF, false, (k, x) -> {
      switch (k) {
        case "Description" -> s.description = string(x, "SchemaDefinition.Description");
        case "Directives" -> s.directives = list(x, k, AstDecoder::directive);
        case "OperationTypes" -> s.operationTypes = list(x, k, AstDecoder::operationType);
        case "BeforeDescriptionComment" -> s.beforeDescriptionComment = comments(x);
        case "AfterDescriptionComment" -> s.afterDescriptionComment = comments(x);
        default -> s.endOfDefinitionComment = comments(x);
      }
    });
    return s;
  }

  private static OperationTypeDefinition operationType(Value v) {
    OperationTypeDefinition o = new OperationTypeDefinition();
    members(v, "OperationTypeDefinition", OPERATION_TYPE, false, (k, x) -> {
      switch (k) {
        case "Operation" -> o.operation = string(x, "OperationTypeDefinition.Operation");
        case "Type" -> o.type = string(x, "OperationTypeDefinition.Type");
        default -> o.comment = comments(x);
      }
    });
    return o;
  }

  private static Definition definition(Value v) {
    Definition d = new Definition();
    members(v, "Definition", DEFINITION, false, (k, x) -> {
      switch (k) {
        case "Kind" -> d.kind = string(x, "Definition.Kind");
        case "Description" -> d.description = string(x, "Definition.Description");
        case "Name" -> d.name = string(x, "Definition.Name");
        case "Directives" -> d.directives = list(x, k, AstDecoder::directive);
        case "Interfaces" -> d.interfaces = strings(x, "Definition.Interfaces");
        case "Fields" -> d.fields = list(x, k, AstDecoder::fieldDefinition);
        case "Types" -> d.types = strings(x, "Definition.Types");
        case "EnumValues" -> d.enumValues = list(x, k, AstDecoder::enumValue);
        case "BuiltIn" -> d.builtIn = bool(x, "Definition.BuiltIn");
        case "BeforeDescriptionComment" -> d.beforeDescriptionComment = comments(x);
        case "AfterDescriptionComment" -> d.afterDescriptionComment = comments(x);
        default -> d.endOfDefinitionComment = comments(x);
      }
    });
    return d;
  }

  private static FieldDefinition fieldDefinition(Value v) {
    FieldDefinition f = new FieldDefinition();
    members(v, "FieldDefinition", FIELD_DEF, false, (k, x) -> {
      switch (k) {
        case "Description" -> f.description = string(x, "FieldDefinition.Description");
        case "Name" -> f.name = string(x, "FieldDefinition.Name");
        case "Arguments" -> f.arguments = list(x, k, AstDecoder::argumentDefinition);
        case "DefaultValue" -> f.defaultValue = value(x);
        case "Type" -> f.type = type(x);
        case "Directives" -> f.directives = list(x, k, AstDecoder::directive);
        case "BeforeDescriptionComment" -> f.beforeDescriptionComment = comments(x);
        default -> f.afterDescriptionComment = comments(x);
      }
    });
    return f;
  }

  private static ArgumentDefinition argumentDefinition(Value v) {
    ArgumentDefinition a = new ArgumentDefinition();
    members(v, "ArgumentDefinition", ARGUMENT_DEF, false, (k, x) -> {
      switch (k) {
        case "Description" -> a.description = string(x, "ArgumentDefinition.Description");
        case "Name" -> a.name = string(x, "ArgumentDefinition.Name");
        case "DefaultValue" -> a.defaultValue = value(x);
        case "Type" -> a.type = type(x);
        case "Directives" -> a.directives = list(x, k, AstDecoder::directive);
        case "BeforeDescriptionComment" -> a.beforeDescriptionComment = comments(x);
        default -> a.afterDescriptionComment = comments(x);
      }
    });
    return a;
  }

  private static EnumValueDefinition enumValue(Value v) {
    EnumValueDefinition e = new EnumValueDefinition();
    members(v, "EnumValueDefinition", ENUM_VALUE, false, (k, x) -> {
      switch (k) {
        case "Description" -> e.description = string(x, "EnumValueDefinition.Description");
        case "Name" -> e.name = string(x, "EnumValueDefinition.Name");
        case "Directives" -> e.directives = list(x, k, AstDecoder::directive);
        case "BeforeDescriptionComment" -> e.beforeDescriptionComment = comments(x);
        default -> e.afterDescriptionComment = comments(x);
      }
    });
    return e;
  }

  private static DirectiveDefinition directiveDefinition(Value v) {
    DirectiveDefinition d = new DirectiveDefinition();
    members(v, "DirectiveDefinition", DIRECTIVE_DEF, false, (k, x) -> {
      switch (k) {
        case "Description" -> d.description = string(x, "DirectiveDefinition.Description");
        case "Name" -> d.name = string(x, "DirectiveDefinition.Name");
        case "Arguments" -> d.arguments = list(x, k, AstDecoder::argumentDefinition);
        case "Locations" -> d.locations = strings(x, "DirectiveDefinition.Locations");
        case "IsRepeatable" -> d.isRepeatable = bool(x, "DirectiveDefinition.IsRepeatable");
        case "BeforeDescriptionComment" -> d.beforeDescriptionComment = comments(x);
        default -> d.afterDescriptionComment = comments(x);
      }
    });
    return d;
  }
}
