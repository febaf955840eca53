package io.opadynamodb.rego.builtins.graphql;


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
import java.util.function.Function;

/**
 * OPA's {@code objectToQueryDocument}/{@code objectToSchemaDocument}: an AST object (as the
 * parse built-ins return it) decoded back into gqlparser's structs with Go's JSON rules and
 * gqlparser's decode.go (a selection is tried as a field, then a fragment spread, then an inline
 * fragment). Decoded nodes carry no positions.
 */
final class AstDecoder extends GoJsonReader {
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
    AstDecoder dec = new AstDecoder();
    return dec.session(() -> dec.queryDocument(v));
  }

  private QueryDocument queryDocument(Value v) {
    QueryDocument d = new QueryDocument();
    members(v, "QueryDocument", "ast.QueryDocument", QUERY_DOC, (k, x) -> {
      switch (k) {
        case "Operations" -> d.operations.addAll(list(x, "ast.OperationList", this::operation));
        case "Fragments" -> d.fragments.addAll(list(x, "ast.FragmentDefinitionList", this::fragment));
        default -> d.comment = comments(x);
      }
    });
    return d;
  }

  private OperationDefinition operation(Value v) {
    OperationDefinition o = new OperationDefinition();
    customMembers(v, OPERATION, (k, x) -> {
      switch (k) {
        case "Operation" -> o.operation = string(x, "ast.Operation");
        case "Name" -> o.name = string(x, "string");
        case "VariableDefinitions" -> o.variableDefinitions = list(x, "ast.VariableDefinitionList", this::variable);
        case "Directives" -> o.directives = list(x, "ast.DirectiveList", this::directive);
        case "SelectionSet" -> o.selectionSet = selectionSet(x);
        default -> { } // Position: not kept
      }
    });
    return o;
  }

  private VariableDefinition variable(Value v) {
    VariableDefinition d = new VariableDefinition();
    members(v, "VariableDefinition", "ast.VariableDefinition", VARIABLE, (k, x) -> {
      switch (k) {
        case "Variable" -> d.variable = string(x, "string");
        case "Type" -> d.type = type(x);
        case "DefaultValue" -> d.defaultValue = value(x);
        case "Directives" -> d.directives = list(x, "ast.DirectiveList", this::directive);
        case "Comment" -> d.comment = comments(x);
        case "Definition" -> d.definition = definition(x);
        default -> d.used = bool(x);
      }
    });
    return d;
  }

  /** gqlparser's {@code UnmarshalSelectionSet}: items that decode as none of the three are dropped. */
  private List<Selection> selectionSet(Value v) {
    return list(v, "[]json.RawMessage", x -> {
      for (Function<Value, Selection> kind : List.<Function<Value, Selection>>of(this::field, this::spread, this::inline)) {
        try {
          return session(() -> kind.apply(x));
        } catch (DecodeException notThisKind) {
          // try the next kind, as gqlparser does
        }
      }
      return null;
    });
  }

  private Field field(Value v) {
    Field f = new Field();
    customMembers(v, FIELD, (k, x) -> {
      switch (k) {
        case "Alias" -> f.alias = string(x, "string");
        case "Name" -> f.name = string(x, "string");
        case "Arguments" -> f.arguments = list(x, "ast.ArgumentList", this::argument);
        case "Directives" -> f.directives = list(x, "ast.DirectiveList", this::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "Definition" -> f.definition = fieldDefinition(x);
        case "ObjectDefinition" -> f.objectDefinition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private FragmentSpread spread(Value v) {
    FragmentSpread s = new FragmentSpread();
    members(v, "FragmentSpread", "ast.FragmentSpread", SPREAD, (k, x) -> {
      switch (k) {
        case "Name" -> s.name = string(x, "string");
        case "Directives" -> s.directives = list(x, "ast.DirectiveList", this::directive);
        case "ObjectDefinition" -> s.objectDefinition = definition(x);
        case "Definition" -> s.definition = fragment(x);
        case "Comment" -> s.comment = comments(x);
        default -> { }
      }
    });
    return s;
  }

  private InlineFragment inline(Value v) {
    InlineFragment f = new InlineFragment();
    customMembers(v, INLINE, (k, x) -> {
      switch (k) {
        case "TypeCondition" -> f.typeCondition = string(x, "string");
        case "Directives" -> f.directives = list(x, "ast.DirectiveList", this::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "ObjectDefinition" -> f.objectDefinition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private FragmentDefinition fragment(Value v) {
    FragmentDefinition f = new FragmentDefinition();
    customMembers(v, FRAGMENT, (k, x) -> {
      switch (k) {
        case "Name" -> f.name = string(x, "string");
        case "VariableDefinition" -> f.variableDefinition = list(x, "ast.VariableDefinitionList", this::variable);
        case "TypeCondition" -> f.typeCondition = string(x, "string");
        case "Directives" -> f.directives = list(x, "ast.DirectiveList", this::directive);
        case "SelectionSet" -> f.selectionSet = selectionSet(x);
        case "Definition" -> f.definition = definition(x);
        default -> { }
      }
    });
    return f;
  }

  private Argument argument(Value v) {
    Argument a = new Argument();
    members(v, "Argument", "ast.Argument", ARGUMENT, (k, x) -> {
      switch (k) {
        case "Name" -> a.name = string(x, "string");
        case "Value" -> a.value = value(x);
        default -> a.comment = comments(x);
      }
    });
    return a;
  }

  private Directive directive(Value v) {
    Directive d = new Directive();
    members(v, "Directive", "ast.Directive", DIRECTIVE, (k, x) -> {
      switch (k) {
        case "Name" -> d.name = string(x, "string");
        case "Arguments" -> d.arguments = list(x, "ast.ArgumentList", this::argument);
        case "ParentDefinition" -> d.parentDefinition = definition(x);
        case "Definition" -> d.definition = directiveDefinition(x);
        default -> d.location = string(x, "ast.DirectiveLocation");
      }
    });
    return d;
  }

  private Ast.Value value(Value v) {
    Ast.Value val = new Ast.Value();
    members(v, "Value", "ast.Value", VALUE, (k, x) -> {
      switch (k) {
        case "Raw" -> val.raw = string(x, "string");
        case "Children" -> val.children = list(x, "ast.ChildValueList", this::child);
        case "Kind" -> val.kind = integer(x, "ast.ValueKind");
        case "Comment" -> val.comment = comments(x);
        case "Definition" -> val.definition = definition(x);
        case "VariableDefinition" -> val.variableDefinition = variable(x);
        case "ExpectedType" -> val.expectedType = type(x);
        default -> val.expectedTypeHasDefault = bool(x);
      }
    });
    return val;
  }

  private ChildValue child(Value v) {
    ChildValue c = new ChildValue();
    members(v, "ChildValue", "ast.ChildValue", ARGUMENT, (k, x) -> {
      switch (k) {
        case "Name" -> c.name = string(x, "string");
        case "Value" -> c.value = value(x);
        default -> c.comment = comments(x);
      }
    });
    return c;
  }

  private Type type(Value v) {
    Type t = new Type();
    members(v, "Type", "ast.Type", TYPE, (k, x) -> {
      switch (k) {
        case "NamedType" -> t.namedType = string(x, "string");
        case "Elem" -> t.elem = type(x);
        default -> t.nonNull = bool(x);
      }
    });
    return t;
  }

  private CommentGroup comments(Value v) {
    CommentGroup g = new CommentGroup();
    members(v, "CommentGroup", "ast.CommentGroup", COMMENT_GROUP, (k, x) -> g.list.addAll(list(x, "[]*ast.Comment", c -> {
      String[] text = {""};
      members(c, "Comment", "ast.Comment", COMMENT, (ck, cx) -> text[0] = string(cx, "string"));
      return new Comment(text[0], null);
    })));
    return g;
  }

  // ------------------------------------------------------------- schemas

  static SchemaDocument schema(Value v) {
    AstDecoder dec = new AstDecoder();
    return dec.session(() -> dec.schemaDocument(v));
  }

  private SchemaDocument schemaDocument(Value v) {
    SchemaDocument d = new SchemaDocument();
    members(v, "SchemaDocument", "ast.SchemaDocument", SCHEMA_DOC, (k, x) -> {
      switch (k) {
        case "Schema" -> d.schema.addAll(list(x, "ast.SchemaDefinitionList", this::schemaDefinition));
        case "SchemaExtension" -> d.schemaExtension.addAll(list(x, "ast.SchemaDefinitionList", this::schemaDefinition));
        case "Directives" -> d.directives.addAll(list(x, "ast.DirectiveDefinitionList", this::directiveDefinition));
        case "Definitions" -> d.definitions.addAll(list(x, "ast.DefinitionList", this::definition));
        case "Extensions" -> d.extensions.addAll(list(x, "ast.DefinitionList", this::definition));
        default -> d.comment = comments(x);
      }
    });
    return d;
  }

  private SchemaDefinition schemaDefinition(Value v) {
    SchemaDefinition s = new SchemaDefinition();
    members(v, "SchemaDefinition", "ast.SchemaDefinition", SCHEMA_DEF, (k, x) -> {
      switch (k) {
        case "Description" -> s.description = string(x, "string");
        case "Directives" -> s.directives = list(x, "ast.DirectiveList", this::directive);
        case "OperationTypes" -> s.operationTypes = list(x, "ast.OperationTypeDefinitionList", this::operationType);
        case "BeforeDescriptionComment" -> s.beforeDescriptionComment = comments(x);
        case "AfterDescriptionComment" -> s.afterDescriptionComment = comments(x);
        default -> s.endOfDefinitionComment = comments(x);
      }
    });
    return s;
  }

  private OperationTypeDefinition operationType(Value v) {
    OperationTypeDefinition o = new OperationTypeDefinition();
    members(v, "OperationTypeDefinition", "ast.OperationTypeDefinition", OPERATION_TYPE, (k, x) -> {
      switch (k) {
        case "Operation" -> o.operation = string(x, "ast.Operation");
        case "Type" -> o.type = string(x, "string");
        default -> o.comment = comments(x);
      }
    });
    return o;
  }

  private Definition definition(Value v) {
    Definition d = new Definition();
    members(v, "Definition", "ast.Definition", DEFINITION, (k, x) -> {
      switch (k) {
        case "Kind" -> d.kind = string(x, "ast.DefinitionKind");
        case "Description" -> d.description = string(x, "string");
        case "Name" -> d.name = string(x, "string");
        case "Directives" -> d.directives = list(x, "ast.DirectiveList", this::directive);
        case "Interfaces" -> d.interfaces = strings(x, "[]string", "string");
        case "Fields" -> d.fields = list(x, "ast.FieldList", this::fieldDefinition);
        case "Types" -> d.types = strings(x, "[]string", "string");
        case "EnumValues" -> d.enumValues = list(x, "ast.EnumValueList", this::enumValue);
        case "BuiltIn" -> d.builtIn = bool(x);
        case "BeforeDescriptionComment" -> d.beforeDescriptionComment = comments(x);
        case "AfterDescriptionComment" -> d.afterDescriptionComment = comments(x);
        default -> d.endOfDefinitionComment = comments(x);
      }
    });
    return d;
  }

  private FieldDefinition fieldDefinition(Value v) {
    FieldDefinition f = new FieldDefinition();
    members(v, "FieldDefinition", "ast.FieldDefinition", FIELD_DEF, (k, x) -> {
      switch (k) {
        case "Description" -> f.description = string(x, "string");
        case "Name" -> f.name = string(x, "string");
        case "Arguments" -> f.arguments = list(x, "ast.ArgumentDefinitionList", this::argumentDefinition);
        case "DefaultValue" -> f.defaultValue = value(x);
        case "Type" -> f.type = type(x);
        case "Directives" -> f.directives = list(x, "ast.DirectiveList", this::directive);
        case "BeforeDescriptionComment" -> f.beforeDescriptionComment = comments(x);
        default -> f.afterDescriptionComment = comments(x);
      }
    });
    return f;
  }

  private ArgumentDefinition argumentDefinition(Value v) {
    ArgumentDefinition a = new ArgumentDefinition();
    members(v, "ArgumentDefinition", "ast.ArgumentDefinition", ARGUMENT_DEF, (k, x) -> {
      switch (k) {
        case "Description" -> a.description = string(x, "string");
        case "Name" -> a.name = string(x, "string");
        case "DefaultValue" -> a.defaultValue = value(x);
        case "Type" -> a.type = type(x);
        case "Directives" -> a.directives = list(x, "ast.DirectiveList", this::directive);
        case "BeforeDescriptionComment" -> a.beforeDescriptionComment = comments(x);
        default -> a.afterDescriptionComment = comments(x);
      }
    });
    return a;
  }

  private EnumValueDefinition enumValue(Value v) {
    EnumValueDefinition e = new EnumValueDefinition();
    members(v, "EnumValueDefinition", "ast.EnumValueDefinition", ENUM_VALUE, (k, x) -> {
      switch (k) {
        case "Description" -> e.description = string(x, "string");
        case "Name" -> e.name = string(x, "string");
        case "Directives" -> e.directives = list(x, "ast.DirectiveList", this::directive);
        case "BeforeDescriptionComment" -> e.beforeDescriptionComment = comments(x);
        default -> e.afterDescriptionComment = comments(x);
      }
    });
    return e;
  }

  private DirectiveDefinition directiveDefinition(Value v) {
    DirectiveDefinition d = new DirectiveDefinition();
    members(v, "DirectiveDefinition", "ast.DirectiveDefinition", DIRECTIVE_DEF, (k, x) -> {
      switch (k) {
        case "Description" -> d.description = string(x, "string");
        case "Name" -> d.name = string(x, "string");
        case "Arguments" -> d.arguments = list(x, "ast.ArgumentDefinitionList", this::argumentDefinition);
        case "Locations" -> d.locations = strings(x, "[]ast.DirectiveLocation", "ast.DirectiveLocation");
        case "IsRepeatable" -> d.isRepeatable = bool(x);
        case "BeforeDescriptionComment" -> d.beforeDescriptionComment = comments(x);
        default -> d.afterDescriptionComment = comments(x);
      }
    });
    return d;
  }
}
