package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * gqlparser's AST nodes shared by queries and schemas (package {@code ast}: value.go, type.go,
 * directive.go, comment.go). Fields mirror the Go structs (mutable, as the validator annotates
 * them); an empty list stands for Go's nil slice and null for a nil pointer.
 */
final class Ast {
  private Ast() {}

  /** A source position; {@code source} is the document name used in error messages. */
  record Position(int line, int column, String source) {}

  /** A comment line ({@code # ...}). */
  record Comment(String value, Position position) {}

  /** The comment lines gqlparser attaches to the next node. */
  static final class CommentGroup {
    final List<Comment> list = new ArrayList<>();
  }

  /** gqlparser's {@code ValueKind}, numbered as in Go (the JSON shows the number). */
  static final int VARIABLE = 0;
  static final int INT = 1;
  static final int FLOAT = 2;
  static final int STRING = 3;
  static final int BLOCK = 4;
  static final int BOOLEAN = 5;
  static final int NULL = 6;
  static final int ENUM = 7;
  static final int LIST = 8;
  static final int OBJECT = 9;

  /** A literal or variable in a query or schema. */
  static final class Value {
    String raw = "";
    List<ChildValue> children = new ArrayList<>();
    int kind;
    Position position;
    CommentGroup comment;
    SchemaAst.Definition definition;
    QueryAst.VariableDefinition variableDefinition;
    Type expectedType;
    boolean expectedTypeHasDefault;

    /** gqlparser's {@code Value.String()}. */
    @Override
    public String toString() {
      switch (kind) {
        case VARIABLE:
          return "$" + raw;
        case STRING:
        case BLOCK:
          return GoQuote.quote(raw);
        case LIST: {
          List<String> parts = new ArrayList<>();
          for (ChildValue c : children) {
            parts.add(String.valueOf(c.value));
          }
          return "[" + String.join(",", parts) + "]";
        }
        case OBJECT: {
          List<String> parts = new ArrayList<>();
          for (ChildValue c : children) {
            parts.add(c.name + ":" + c.value);
          }
          return "{" + String.join(",", parts) + "}";
        }
        default:
          return raw;
      }
    }
  }

  /** An element of a list value (unnamed) or a field of an object value. */
  static final class ChildValue {
    String name = "";
    Value value;
    Position position;
    CommentGroup comment;
  }

  /** A type reference such as {@code [String!]!}. */
  static final class Type {
    String namedType = "";
    Type elem;
    boolean nonNull;
    Position position;

    static Type named(String name, boolean nonNull) {
      Type t = new Type();
      t.namedType = name;
      t.nonNull = nonNull;
      return t;
    }

    /** The innermost named type. */
    String name() {
      return !namedType.isEmpty() ? namedType : elem.name();
    }

    @Override
    public String toString() {
      String nn = nonNull ? "!" : "";
      return !namedType.isEmpty() ? namedType + nn : "[" + elem + "]" + nn;
    }

    /** gqlparser's {@code Type.IsCompatible}. */
    boolean isCompatible(Type other) {
      if (!namedType.equals(other.namedType)) {
        return false;
      }
      if (elem != null && other.elem == null) {
        return false;
      }
      if (elem != null && !elem.isCompatible(other.elem)) {
        return false;
      }
      return !other.nonNull || nonNull;
    }

    Type copy() {
      Type t = new Type();
      t.namedType = namedType;
      t.elem = elem;
      t.nonNull = nonNull;
      t.position = position;
      return t;
    }
  }

  /** A directive use ({@code @name(args)}). */
  static final class Directive {
    String name = "";
    List<Argument> arguments = new ArrayList<>();
    Position position;
    SchemaAst.Definition parentDefinition;
    SchemaAst.DirectiveDefinition definition;
    String location = "";
  }

  /** An argument of a field or directive use. */
  static final class Argument {
    String name = "";
    Value value;
    Position position;
    CommentGroup comment;
  }

  /** The first item with the given name (gqlparser's {@code ForName} on its list types), or null. */
  static <T> T named(List<T> items, Function<T, String> nameOf, String name) {
    for (T item : items) {
      if (nameOf.apply(item).equals(name)) {
        return item;
      }
    }
    return null;
  }

  static Argument argumentNamed(List<Argument> args, String name) {
    return named(args, a -> a.name, name);
  }

  static Directive directiveNamed(List<Directive> dirs, String name) {
    return named(dirs, d -> d.name, name);
  }

  static Value childNamed(List<ChildValue> children, String name) {
    ChildValue c = named(children, x -> x.name, name);
    return c == null ? null : c.value;
  }
}
