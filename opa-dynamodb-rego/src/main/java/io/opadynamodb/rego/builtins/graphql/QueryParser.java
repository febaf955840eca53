package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.Ast.Value;
import io.opadynamodb.rego.builtins.graphql.Lexer.Kind;
import io.opadynamodb.rego.builtins.graphql.Lexer.Token;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.OperationDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.QueryDocument;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * gqlparser's query.go. Also parses the values, directives and type references that schemas
 * share with queries, so {@link SchemaParser} extends it.
 *
 * <p>Where gqlparser builds a node in one Go composite literal that also calls the parser, the
 * Go compiler reads {@code p.comment} after those calls; the ports below keep that order.
 */
class QueryParser extends ParserBase {
  QueryParser(String input, String sourceName) {
    super(input, sourceName);
  }

  /** gqlparser's {@code ParseQuery}; throws {@link GqlException} on a syntax error. */
  static QueryDocument parse(String input) {
    QueryParser p = new QueryParser(input, "");
    QueryDocument doc = p.parseQueryDocument();
    p.throwIfFailed();
    return doc;
  }

  private QueryDocument parseQueryDocument() {
    QueryDocument doc = new QueryDocument();
    while (peek().kind() != Kind.EOF) {
      if (err != null) {
        return doc;
      }
      Token t = peek();
      if (t.kind() == Kind.NAME) {
        switch (t.value()) {
          case "query", "mutation", "subscription" -> doc.operations.add(parseOperationDefinition());
          case "fragment" -> doc.fragments.add(parseFragmentDefinition());
          default -> unexpectedError();
        }
      } else if (t.kind() == Kind.BRACE_L) {
        doc.operations.add(parseOperationDefinition());
      } else {
        unexpectedError();
      }
    }
    return doc;
  }

  private OperationDefinition parseOperationDefinition() {
    OperationDefinition od = new OperationDefinition();
    if (peek().kind() == Kind.BRACE_L) {
      od.position = peekPos();
      od.operation = "query";
      od.selectionSet = parseRequiredSelectionSet();
      od.comment = comment;
      return od;
    }
    od.position = peekPos();
    od.comment = comment;
    od.operation = parseOperationType();
    if (peek().kind() == Kind.NAME) {
      od.name = next().value();
    }
    od.variableDefinitions = parseVariableDefinitions();
    od.directives = parseDirectives(false);
    od.selectionSet = parseRequiredSelectionSet();
    return od;
  }

  String parseOperationType() {
    Token tok = next();
    switch (tok.value()) {
      case "query":
      case "mutation":
      case "subscription":
        return tok.value();
      default:
        unexpectedToken(tok);
        return "";
    }
  }

  List<VariableDefinition> parseVariableDefinitions() {
    List<VariableDefinition> defs = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> defs.add(parseVariableDefinition()));
    return defs;
  }

  private VariableDefinition parseVariableDefinition() {
    VariableDefinition def = new VariableDefinition();
    def.position = peekPos();
    def.comment = comment;
    def.variable = parseVariable();
    expect(Kind.COLON);
    def.type = parseTypeReference();
    if (skip(Kind.EQUALS)) {
      def.defaultValue = parseValueLiteral(true);
    }
    def.directives = parseDirectives(false);
    return def;
  }

  private String parseVariable() {
    expect(Kind.DOLLAR);
    return parseName();
  }

  private List<Selection> parseSelectionSet() {
    List<Selection> selections = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> selections.add(parseSelection()));
    return selections;
  }

  private List<Selection> parseRequiredSelectionSet() {
    if (peek().kind() != Kind.BRACE_L) {
      error(peek(), "Expected {, found " + peek().kind().text);
      return new ArrayList<>();
    }
    return parseSelectionSet();
  }

  private Selection parseSelection() {
    return peek().kind() == Kind.SPREAD ? parseFragment() : parseField();
  }

  private Field parseField() {
    Field field = new Field();
    field.position = peekPos();
    field.comment = comment;
    field.alias = parseName();
    field.name = skip(Kind.COLON) ? parseName() : field.alias;
    field.arguments = parseArguments(false);
    field.directives = parseDirectives(false);
    if (peek().kind() == Kind.BRACE_L) {
      field.selectionSet = parseSelectionSet();
    }
    return field;
  }

  private List<Argument> parseArguments(boolean isConst) {
    List<Argument> args = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> args.add(parseArgument(isConst)));
    return args;
  }

  private Argument parseArgument(boolean isConst) {
    Argument arg = new Argument();
    arg.position = peekPos();
    arg.comment = comment;
    arg.name = parseName();
    expect(Kind.COLON);
    arg.value = parseValueLiteral(isConst);
    return arg;
  }

  private Selection parseFragment() {
    CommentGroup spreadComment = expectComment(Kind.SPREAD);
    Token peek = peek();
    if (peek.kind() == Kind.NAME && !peek.value().equals("on")) {
      FragmentSpread spread = new FragmentSpread();
      spread.position = peekPos();
      spread.comment = spreadComment;
      spread.name = parseFragmentName();
      spread.directives = parseDirectives(false);
      return spread;
    }
    InlineFragment def = new InlineFragment();
    def.position = peekPos();
    def.comment = spreadComment;
    if (peek().value().equals("on")) {
      next();
      def.typeCondition = parseName();
    }
    def.directives = parseDirectives(false);
    def.selectionSet = parseRequiredSelectionSet();
    return def;
  }

  private FragmentDefinition parseFragmentDefinition() {
    FragmentDefinition def = new FragmentDefinition();
    def.position = peekPos();
    def.comment = comment;
    expectKeyword("fragment");
    def.name = parseFragmentName();
    def.variableDefinition = parseVariableDefinitions();
    expectKeyword("on");
    def.typeCondition = parseName();
    def.directives = parseDirectives(false);
    def.selectionSet = parseRequiredSelectionSet();
    return def;
  }

  private String parseFragmentName() {
    if (peek().value().equals("on")) {
      unexpectedError();
      return "";
    }
    return parseName();
  }

  Value parseValueLiteral(boolean isConst) {
    Token token = peek();
    int kind;
    switch (token.kind()) {
      case BRACKET_L:
        return parseList(isConst);
      case BRACE_L:
        return parseObject(isConst);
      case DOLLAR: {
        if (isConst) {
          unexpectedError();
          return null;
        }
        Value v = new Value();
        v.position = pos(token);
        v.raw = parseVariable();
        v.kind = Ast.VARIABLE;
        v.comment = comment;
        return v;
      }
      case INT:
        kind = Ast.INT;
        break;
      case FLOAT:
        kind = Ast.FLOAT;
        break;
      case STRING:
        kind = Ast.STRING;
        break;
      case BLOCK_STRING:
        kind = Ast.BLOCK;
        break;
      case NAME:
        kind = switch (token.value()) {
          case "true", "false" -> Ast.BOOLEAN;
          case "null" -> Ast.NULL;
          default -> Ast.ENUM;
        };
        break;
      default:
        unexpectedError();
        return null;
    }
    next();
    Value v = new Value();
    v.position = pos(token);
    v.comment = comment;
    v.raw = token.value();
    v.kind = kind;
    return v;
  }

  private Value parseList(boolean isConst) {
    Value v = new Value();
    v.position = peekPos();
    v.comment = comment;
    v.kind = Ast.LIST;
    many(Kind.BRACKET_L, Kind.BRACKET_R, () -> {
      ChildValue c = new ChildValue();
      c.value = parseValueLiteral(isConst);
      v.children.add(c);
    });
    return v;
  }

  private Value parseObject(boolean isConst) {
    Value v = new Value();
    v.position = peekPos();
    v.comment = comment;
    v.kind = Ast.OBJECT;
    many(Kind.BRACE_L, Kind.BRACE_R, () -> v.children.add(parseObjectField(isConst)));
    return v;
  }

  private ChildValue parseObjectField(boolean isConst) {
    ChildValue field = new ChildValue();
    field.position = peekPos();
    field.comment = comment;
    field.name = parseName();
    expect(Kind.COLON);
    field.value = parseValueLiteral(isConst);
    return field;
  }

  List<Directive> parseDirectives(boolean isConst) {
    List<Directive> directives = new ArrayList<>();
    while (peek().kind() == Kind.AT) {
      if (err != null) {
        break;
      }
      expect(Kind.AT);
      Directive d = new Directive();
      d.position = peekPos();
      d.name = parseName();
      d.arguments = parseArguments(isConst);
      directives.add(d);
    }
    return directives;
  }

  Type parseTypeReference() {
    Type typ = new Type();
    if (skip(Kind.BRACKET_L)) {
      typ.position = peekPos();
      typ.elem = parseTypeReference();
      expect(Kind.BRACKET_R);
    } else {
      typ.position = peekPos();
      typ.namedType = parseName();
    }
    if (skip(Kind.BANG)) {
      typ.nonNull = true;
    }
    return typ;
  }
}
