package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Comment;
import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
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
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The AST as OPA returns it: the JSON encoding of gqlparser's structs (Go field names; positions
 * are {@code json:"-"} or pruned) after OPA's {@code pruneIrrelevantGraphQLASTNodes}, which drops
 * nulls and empty objects and arrays but keeps empty strings, zeros and false.
 */
final class AstJson {
  private AstJson() {}

  /** An object builder applying OPA's pruning to each member. */
  private static final class Obj {
    private final ObjectValue.Builder b = ObjectValue.builder();

    Obj str(String k, String v) {
      b.put(k, StringValue.of(v));
      return this;
    }

    Obj bool(String k, boolean v) {
      b.put(k, BooleanValue.of(v));
      return this;
    }

    Obj num(String k, int v) {
      b.put(k, NumberValue.of(v));
      return this;
    }

    Obj val(String k, Value v) {
      if (v != null && !isEmpty(v)) {
        b.put(k, v);
      }
      return this;
    }

    <T> Obj list(String k, List<T> items, Function<T, Value> enc) {
      return val(k, array(items, enc));
    }

    Obj strings(String k, List<String> items) {
      return list(k, items, StringValue::of);
    }

    Value build() {
      return b.build();
    }
  }

  private static boolean isEmpty(Value v) {
    return (v instanceof ObjectValue o && o.isEmpty()) || (v instanceof ArrayValue a && a.size() == 0);
  }

  private static <T> Value array(List<T> items, Function<T, Value> enc) {
    List<Value> out = new ArrayList<>();
    for (T item : items) {
      Value v = item == null ? null : enc.apply(item);
      if (v != null && !isEmpty(v)) {
        out.add(v);
      }
    }
    return ArrayValue.of(out);
  }

  // ------------------------------------------------------------- queries

  static Value query(QueryDocument d) {
    return new Obj().list("Operations", d.operations, AstJson::operation)
        .list("Fragments", d.fragments, AstJson::fragmentDefinition).val("Comment", comments(d.comment)).build();
  }

  private static Value operation(OperationDefinition o) {
    return new Obj().str("Operation", o.operation).str("Name", o.name)
        .list("VariableDefinitions", o.variableDefinitions, AstJson::variable)
        .list("Directives", o.directives, AstJson::directive)
        .list("SelectionSet", o.selectionSet, AstJson::selection).val("Comment", comments(o.comment)).build();
  }

  private static Value variable(VariableDefinition v) {
    return new Obj().str("Variable", v.variable).val("Type", type(v.type)).val("DefaultValue", value(v.defaultValue))
        .list("Directives", v.directives, AstJson::directive).val("Comment", comments(v.comment))
        .val("Definition", definition(v.definition)).bool("Used", v.used).build();
  }

  private static Value selection(Selection s) {
    if (s instanceof Field f) {
      return new Obj().str("Alias", f.alias).str("Name", f.name).list("Arguments", f.arguments, AstJson::argument)
          .list("Directives", f.directives, AstJson::directive).list("SelectionSet", f.selectionSet, AstJson::selection)
          .val("Comment", comments(f.comment)).val("Definition", fieldDefinition(f.definition))
          .val("ObjectDefinition", definition(f.objectDefinition)).build();
    }
    if (s instanceof FragmentSpread f) {
      return new Obj().str("Name", f.name).list("Directives", f.directives, AstJson::directive)
          .val("ObjectDefinition", definition(f.objectDefinition)).val("Definition", fragmentDefinition(f.definition))
          .val("Comment", comments(f.comment)).build();
    }
    InlineFragment f = (InlineFragment) s;
    return new Obj().str("TypeCondition", f.typeCondition).list("Directives", f.directives, AstJson::directive)
        .list("SelectionSet", f.selectionSet, AstJson::selection)
        .val("ObjectDefinition", definition(f.objectDefinition)).val("Comment", comments(f.comment)).build();
  }

  private static Value fragmentDefinition(FragmentDefinition f) {
    if (f == null) {
      return null;
    }
    return new Obj().str("Name", f.name).list("VariableDefinition", f.variableDefinition, AstJson::variable)
        .str("TypeCondition", f.typeCondition).list("Directives", f.directives, AstJson::directive)
        .list("SelectionSet", f.selectionSet, AstJson::selection).val("Definition", definition(f.definition))
        .val("Comment", comments(f.comment)).build();
  }

  private static Value argument(Argument a) {
    return new Obj().str("Name", a.name).val("Value", value(a.value)).val("Comment", comments(a.comment)).build();
  }

  private static Value directive(Directive d) {
    return new Obj().str("Name", d.name).list("Arguments", d.arguments, AstJson::argument)
        .val("ParentDefinition", definition(d.parentDefinition))
        .val("Definition", directiveDefinition(d.definition)).str("Location", d.location).build();
  }

  private static Value value(Ast.Value v) {
    if (v == null) {
      return null;
    }
    return new Obj().str("Raw", v.raw).list("Children", v.children, AstJson::child).num("Kind", v.kind)
        .val("Comment", comments(v.comment)).val("Definition", definition(v.definition))
        .val("VariableDefinition", v.variableDefinition == null ? null : variable(v.variableDefinition))
        .val("ExpectedType", type(v.expectedType)).bool("ExpectedTypeHasDefault", v.expectedTypeHasDefault).build();
  }

  private static Value child(ChildValue c) {
    return new Obj().str("Name", c.name).val("Value", value(c.value)).val("Comment", comments(c.comment)).build();
  }

  private static Value type(Type t) {
    if (t == null) {
      return null;
    }
    return new Obj().str("NamedType", t.namedType).val("Elem", type(t.elem)).bool("NonNull", t.nonNull).build();
  }

  private static Value comments(CommentGroup g) {
    if (g == null) {
      return null;
    }
    return new Obj().list("List", g.list, (Comment c) -> new Obj().str("Value", c.value()).build()).build();
  }

  // ------------------------------------------------------------- schemas

  static Value schema(SchemaDocument d) {
    return new Obj().list("Schema", d.schema, AstJson::schemaDefinition)
        .list("SchemaExtension", d.schemaExtension, AstJson::schemaDefinition)
        .list("Directives", d.directives, AstJson::directiveDefinition)
        .list("Definitions", d.definitions, AstJson::definition).list("Extensions", d.extensions, AstJson::definition)
        .val("Comment", comments(d.comment)).build();
  }

  private static Value schemaDefinition(SchemaDefinition s) {
    return new Obj().str("Description", s.description).list("Directives", s.directives, AstJson::directive)
        .list("OperationTypes", s.operationTypes, AstJson::operationType)
        .val("BeforeDescriptionComment", comments(s.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(s.afterDescriptionComment))
        .val("EndOfDefinitionComment", comments(s.endOfDefinitionComment)).build();
  }

  private static Value operationType(OperationTypeDefinition o) {
    return new Obj().str("Operation", o.operation).str("Type", o.type).val("Comment", comments(o.comment)).build();
  }

  private static Value definition(Definition d) {
    if (d == null) {
      return null;
    }
    return new Obj().str("Kind", d.kind).str("Description", d.description).str("Name", d.name)
        .list("Directives", d.directives, AstJson::directive).strings("Interfaces", d.interfaces)
        .list("Fields", d.fields, AstJson::fieldDefinition).strings("Types", d.types)
        .list("EnumValues", d.enumValues, AstJson::enumValue).bool("BuiltIn", d.builtIn)
        .val("BeforeDescriptionComment", comments(d.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(d.afterDescriptionComment))
        .val("EndOfDefinitionComment", comments(d.endOfDefinitionComment)).build();
  }

  private static Value fieldDefinition(FieldDefinition f) {
    if (f == null) {
      return null;
    }
    return new Obj().str("Description", f.description).str("Name", f.name)
        .list("Arguments", f.arguments, AstJson::argumentDefinition).val("DefaultValue", value(f.defaultValue))
        .val("Type", type(f.type)).list("Directives", f.directives, AstJson::directive)
        .val("BeforeDescriptionComment", comments(f.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(f.afterDescriptionComment)).build();
  }

  private static Value argumentDefinition(ArgumentDefinition a) {
    return new Obj().str("Description", a.description).str("Name", a.name).val("DefaultValue", value(a.defaultValue))
        .val("Type", type(a.type)).list("Directives", a.directives, AstJson::directive)
        .val("BeforeDescriptionComment", comments(a.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(a.afterDescriptionComment)).build();
  }

  private static Value enumValue(EnumValueDefinition e) {
    return new Obj().str("Description", e.description).str("Name", e.name)
        .list("Directives", e.directives, AstJson::directive)
        .val("BeforeDescriptionComment", comments(e.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(e.afterDescriptionComment)).build();
  }

  private static Value directiveDefinition(DirectiveDefinition d) {
    if (d == null) {
      return null;
    }
    return new Obj().str("Description", d.description).str("Name", d.name)
        .list("Arguments", d.arguments, AstJson::argumentDefinition).strings("Locations", d.locations)
        .bool("IsRepeatable", d.isRepeatable)
        .val("BeforeDescriptionComment", comments(d.beforeDescriptionComment))
        .val("AfterDescriptionComment", comments(d.afterDescriptionComment)).build();
  }
}
