package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Position;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.Ast.Value;
import java.util.ArrayList;
import java.util.List;

/** gqlparser's query AST (document.go, operation.go, selection.go, fragment.go). */
final class QueryAst {
  private QueryAst() {}

  /** A parsed query document. */
  static final class QueryDocument {
    final List<OperationDefinition> operations = new ArrayList<>();
    final List<FragmentDefinition> fragments = new ArrayList<>();
    CommentGroup comment;

    FragmentDefinition fragmentNamed(String name) {
      return Ast.named(fragments, f -> f.name, name);
    }
  }

  /** {@code query}/{@code mutation}/{@code subscription} with its selections. */
  static final class OperationDefinition {
    String operation = "";
    String name = "";
    List<VariableDefinition> variableDefinitions = new ArrayList<>();
    List<Directive> directives = new ArrayList<>();
    List<Selection> selectionSet = new ArrayList<>();
    Position position;
    CommentGroup comment;

    VariableDefinition variableNamed(String variable) {
      return Ast.named(variableDefinitions, v -> v.variable, variable);
    }
  }

  /** {@code $name: Type = default @directives}. */
  static final class VariableDefinition {
    String variable = "";
    Type type;
    Value defaultValue;
    List<Directive> directives = new ArrayList<>();
    Position position;
    CommentGroup comment;
    SchemaAst.Definition definition;
    boolean used;
  }

  /** A field, fragment spread or inline fragment. */
  interface Selection {
    Position position();
  }

  /** A selected field. */
  static final class Field implements Selection {
    String alias = "";
    String name = "";
    List<Argument> arguments = new ArrayList<>();
    List<Directive> directives = new ArrayList<>();
    List<Selection> selectionSet = new ArrayList<>();
    Position position;
    CommentGroup comment;
    SchemaAst.FieldDefinition definition;
    SchemaAst.Definition objectDefinition;

    @Override
    public Position position() {
      return position;
    }
  }

  /** {@code ...FragmentName}. */
  static final class FragmentSpread implements Selection {
    String name = "";
    List<Directive> directives = new ArrayList<>();
    SchemaAst.Definition objectDefinition;
    FragmentDefinition definition;
    Position position;
    CommentGroup comment;

    @Override
    public Position position() {
      return position;
    }
  }

  /** {@code ... on Type { ... }}. */
  static final class InlineFragment implements Selection {
    String typeCondition = "";
    List<Directive> directives = new ArrayList<>();
    List<Selection> selectionSet = new ArrayList<>();
    SchemaAst.Definition objectDefinition;
    Position position;
    CommentGroup comment;

    @Override
    public Position position() {
      return position;
    }
  }

  /** {@code fragment Name on Type { ... }}. */
  static final class FragmentDefinition {
    String name = "";
    List<VariableDefinition> variableDefinition = new ArrayList<>();
    String typeCondition = "";
    List<Directive> directives = new ArrayList<>();
    List<Selection> selectionSet = new ArrayList<>();
    SchemaAst.Definition definition;
    Position position;
    CommentGroup comment;
  }
}
