package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.data.GraphQLLexer.Kind;
import io.opadynamodb.rego.builtins.data.GraphQLLexer.Token;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A port of gqlparser's query and schema parsers producing the AST as OPA returns it: the JSON of
 * gqlparser's structs with positions, nulls and empty lists pruned. Comments are not kept.
 */
final class GraphQLParser {
  /** A parse error, worded as OPA reports it ("msg in GraphQL string at location L:C"). */
  static final class GraphQLException extends RuntimeException {
    GraphQLException(String message) {
      super(message, null, false, false);
    }
  }

  private final GraphQLLexer lexer;
  private Token peeked;
  /** Go's zero token: what the parser sees once an error has been recorded before any read. */
  private Token prev = new Token(Kind.INVALID, "", 0, 0, null);
  private String err;

  private GraphQLParser(String input) {
    this.lexer = new GraphQLLexer(input);
  }

  // ------------------------------------------------------------- token plumbing

  private Token readToken() {
    Token t = lexer.next();
    while (t.kind() == Kind.COMMENT) {
      t = lexer.next();
    }
    return t;
  }

  private Token peek() {
    if (err != null) {
      return prev;
    }
    if (peeked == null) {
      peeked = readToken();
    }
    return peeked;
  }

  private Token next() {
    if (err != null) {
      return prev;
    }
    Token t = peeked != null ? peeked : readToken();
    peeked = null;
    prev = t;
    if (t.error() != null) {
      err = t.error();
    }
    return t;
  }

  private void error(Token tok, String msg) {
    if (err == null) {
      err = "input:" + tok.line() + ":" + tok.column() + ": " + msg;
    }
  }

  private Token expectKeyword(String value) {
    Token tok = peek();
    if (tok.kind() == Kind.NAME && tok.value().equals(value)) {
      return next();
    }
    error(tok, "Expected " + GoStrings.quote(value) + ", found " + tok);
    return tok;
  }

  private Token expect(Kind kind) {
    Token tok = peek();
    if (tok.kind() == kind) {
      return next();
    }
    error(tok, "Expected " + kind.text + ", found " + tok.kind().text);
    return tok;
  }

  private boolean skip(Kind kind) {
    if (err != null) {
      return false;
    }
    if (peek().kind() != kind) {
      return false;
    }
    next();
    return true;
  }

  private void unexpected(Token tok) {
    error(tok, "Unexpected " + tok);
  }

  private void unexpected() {
    unexpected(peek());
  }

  private void many(Kind start, Kind end, Runnable cb) {
    if (!skip(start)) {
      return;
    }
    while (peek().kind() != end && err == null) {
      cb.run();
    }
    next();
  }

  private void some(Kind start, Kind end, Runnable cb) {
    if (!skip(start)) {
      return;
    }
    boolean called = false;
    while (peek().kind() != end && err == null) {
      called = true;
      cb.run();
    }
    if (!called) {
      error(peek(), "expected at least one definition, found " + peek().kind().text);
      return;
    }
    next();
  }

  private String parseName() {
    return expect(Kind.NAME).value();
  }

  private static GraphQLException failure(String goError) {
    // OPA's formatGqlParserError: "input:L:C: msg" becomes "msg in GraphQL string at location L:C".
    String[] parts = goError.split(":", 4);
    String msg = parts[3].stripLeading();
    if (msg.endsWith(".\n")) {
      msg = msg.substring(0, msg.length() - 2);
    }
    return new GraphQLException(msg + " in GraphQL string at location " + parts[1] + ":" + parts[2]);
  }

  /** An object builder that drops nulls and empty lists or objects, as OPA prunes the AST. */
  private static final class Obj {
    private final ObjectValue.Builder b = ObjectValue.builder();

    Obj put(String k, Object v) {
      Value val = toValue(v);
      if (val != null) {
        b.put(k, val);
      }
      return this;
    }

    ObjectValue build() {
      return b.build();
    }

    private static Value toValue(Object v) {
      if (v == null) {
        return null;
      }
      if (v instanceof String s) {
        return StringValue.of(s);
      }
      if (v instanceof Boolean bo) {
        return BooleanValue.of(bo);
      }
      if (v instanceof Integer i) {
        return NumberValue.of(i);
      }
      if (v instanceof ObjectValue o) {
        return o.isEmpty() ? null : o;
      }
      if (v instanceof List<?> l) {
        List<Value> out = new ArrayList<>();
        for (Object x : l) {
          Value xv = toValue(x);
          if (xv != null) {
            out.add(xv);
          }
        }
        return out.isEmpty() ? null : ArrayValue.of(out);
      }
      return (Value) v;
    }
  }

  // ------------------------------------------------------------- queries

  /** gqlparser's {@code ParseQuery}, as {@code graphql.parse_query} returns it. */
  static ObjectValue parseQuery(String input) {
    GraphQLParser p = new GraphQLParser(input);
    List<Object> ops = new ArrayList<>();
    List<Object> frags = new ArrayList<>();
    while (p.peek().kind() != Kind.EOF) {
      if (p.err != null) {
        break;
      }
      Token t = p.peek();
      if (t.kind() == Kind.NAME) {
        switch (t.value()) {
          case "query", "mutation", "subscription" -> ops.add(p.operationDefinition());
          case "fragment" -> frags.add(p.fragmentDefinition());
          default -> p.unexpected();
        }
      } else if (t.kind() == Kind.BRACE_L) {
        ops.add(p.operationDefinition());
      } else {
        p.unexpected();
      }
    }
    if (p.err != null) {
      throw failure(p.err);
    }
    return new Obj().put("Operations", ops).put("Fragments", frags).build();
  }

  private ObjectValue operationDefinition() {
    if (peek().kind() == Kind.BRACE_L) {
      return new Obj().put("Operation", "query").put("Name", "").put("SelectionSet", requiredSelectionSet()).build();
    }
    String op = operationType();
    String name = peek().kind() == Kind.NAME ? next().value() : "";
    List<Object> vars = variableDefinitions();
    List<Object> dirs = directives(false);
    return new Obj().put("Operation", op).put("Name", name).put("VariableDefinitions", vars).put("Directives", dirs)
        .put("SelectionSet", requiredSelectionSet()).build();
  }

  private String operationType() {
    Token tok = next();
    switch (tok.value()) {
      case "query":
      case "mutation":
      case "subscription":
        return tok.value();
      default:
        unexpected(tok);
        return "";
    }
  }

  private List<Object> variableDefinitions() {
    List<Object> defs = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> defs.add(variableDefinition()));
    return defs;
  }

  private ObjectValue variableDefinition() {
    String variable = variable();
    expect(Kind.COLON);
    ObjectValue type = typeReference();
    ObjectValue def = skip(Kind.EQUALS) ? valueLiteral(true) : null;
    return new Obj().put("Variable", variable).put("Type", type).put("DefaultValue", def)
        .put("Directives", directives(false)).put("Used", false).build();
  }

  private String variable() {
    expect(Kind.DOLLAR);
    return parseName();
  }

  private List<Object> selectionSet() {
    List<Object> sel = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> sel.add(selection()));
    return sel;
  }

  private List<Object> requiredSelectionSet() {
    if (peek().kind() != Kind.BRACE_L) {
      error(peek(), "Expected {, found " + peek().kind().text);
      return null;
    }
    return selectionSet();
  }

  private ObjectValue selection() {
    return peek().kind() == Kind.SPREAD ? fragment() : field();
  }

  private ObjectValue field() {
    String alias = parseName();
    String name = alias;
    if (skip(Kind.COLON)) {
      name = parseName();
    }
    List<Object> args = arguments(false);
    List<Object> dirs = directives(false);
    List<Object> sel = peek().kind() == Kind.BRACE_L ? selectionSet() : null;
    return new Obj().put("Alias", alias).put("Name", name).put("Arguments", args).put("Directives", dirs)
        .put("SelectionSet", sel).build();
  }

  private List<Object> arguments(boolean isConst) {
    List<Object> args = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> args.add(argument(isConst)));
    return args;
  }

  private ObjectValue argument(boolean isConst) {
    String name = parseName();
    expect(Kind.COLON);
    return new Obj().put("Name", name).put("Value", valueLiteral(isConst)).build();
  }

  private ObjectValue fragment() {
    expect(Kind.SPREAD);
    Token peek = peek();
    if (peek.kind() == Kind.NAME && !peek.value().equals("on")) {
      return new Obj().put("Name", fragmentName()).put("Directives", directives(false)).build();
    }
    String typeCondition = "";
    if (peek().value().equals("on")) {
      next();
      typeCondition = parseName();
    }
    List<Object> dirs = directives(false);
    return new Obj().put("TypeCondition", typeCondition).put("Directives", dirs)
        .put("SelectionSet", requiredSelectionSet()).build();
  }

  private ObjectValue fragmentDefinition() {
    expectKeyword("fragment");
    String name = fragmentName();
    List<Object> vars = variableDefinitions();
    expectKeyword("on");
    String typeCondition = parseName();
    List<Object> dirs = directives(false);
    return new Obj().put("Name", name).put("VariableDefinition", vars).put("TypeCondition", typeCondition)
        .put("Directives", dirs).put("SelectionSet", requiredSelectionSet()).build();
  }

  private String fragmentName() {
    if (peek().value().equals("on")) {
      unexpected();
      return "";
    }
    return parseName();
  }

  private ObjectValue value(String raw, int kind, List<Object> children) {
    return new Obj().put("Raw", raw).put("Children", children).put("Kind", kind)
        .put("ExpectedTypeHasDefault", false).build();
  }

  private ObjectValue valueLiteral(boolean isConst) {
    Token token = peek();
    int kind;
    switch (token.kind()) {
      case BRACKET_L: {
        List<Object> values = new ArrayList<>();
        many(Kind.BRACKET_L, Kind.BRACKET_R, () ->
            values.add(new Obj().put("Name", "").put("Value", valueLiteral(isConst)).build()));
        return value("", 8, values);
      }
      case BRACE_L: {
        List<Object> fields = new ArrayList<>();
        many(Kind.BRACE_L, Kind.BRACE_R, () -> {
          String name = parseName();
          expect(Kind.COLON);
          fields.add(new Obj().put("Name", name).put("Value", valueLiteral(isConst)).build());
        });
        return value("", 9, fields);
      }
      case DOLLAR:
        if (isConst) {
          unexpected();
          return null;
        }
        return value(variable(), 0, null);
      case INT:
        kind = 1;
        break;
      case FLOAT:
        kind = 2;
        break;
      case STRING:
        kind = 3;
        break;
      case BLOCK_STRING:
        kind = 4;
        break;
      case NAME:
        kind = switch (token.value()) {
          case "true", "false" -> 5;
          case "null" -> 6;
          default -> 7;
        };
        break;
      default:
        unexpected();
        return null;
    }
    next();
    return value(token.value(), kind, null);
  }

  private List<Object> directives(boolean isConst) {
    List<Object> out = new ArrayList<>();
    while (peek().kind() == Kind.AT) {
      if (err != null) {
        break;
      }
      expect(Kind.AT);
      String name = parseName();
      out.add(new Obj().put("Name", name).put("Arguments", arguments(isConst)).put("Location", "").build());
    }
    return out;
  }

  private ObjectValue typeReference() {
    Obj t = new Obj();
    if (skip(Kind.BRACKET_L)) {
      t.put("Elem", typeReference());
      expect(Kind.BRACKET_R);
      t.put("NamedType", "");
    } else {
      t.put("NamedType", parseName());
    }
    t.put("NonNull", skip(Kind.BANG));
    return t.build();
  }

  // ------------------------------------------------------------- schemas

  /** gqlparser's {@code ParseSchema}, as {@code graphql.parse_schema} returns it. */
  static ObjectValue parseSchema(String input) {
    GraphQLParser p = new GraphQLParser(input);
    List<Object> schema = new ArrayList<>();
    List<Object> schemaExt = new ArrayList<>();
    List<Object> directives = new ArrayList<>();
    List<Object> defs = new ArrayList<>();
    List<Object> exts = new ArrayList<>();
    while (p.peek().kind() != Kind.EOF) {
      if (p.err != null) {
        break;
      }
      String description = "";
      if (p.peek().kind() == Kind.BLOCK_STRING || p.peek().kind() == Kind.STRING) {
        description = p.next().value();
      }
      if (p.peek().kind() != Kind.NAME) {
        p.unexpected();
        break;
      }
      switch (p.peek().value()) {
        case "scalar", "type", "interface", "union", "enum", "input" -> defs.add(p.typeSystemDefinition(description));
        case "schema" -> schema.add(p.schemaDefinition(description));
        case "directive" -> directives.add(p.directiveDefinition(description));
        case "extend" -> {
          if (!description.isEmpty()) {
            p.unexpected(p.prev);
          }
          p.typeSystemExtension(schemaExt, exts);
        }
        default -> p.unexpected();
      }
    }
    if (p.err != null) {
      throw failure(p.err);
    }
    return new Obj().put("Schema", schema).put("SchemaExtension", schemaExt).put("Directives", directives)
        .put("Definitions", defs).put("Extensions", exts).build();
  }

  private Obj definition(String kind, String description, String name) {
    return new Obj().put("Kind", kind).put("Description", description).put("Name", name).put("BuiltIn", false);
  }

  private ObjectValue typeSystemDefinition(String description) {
    String keyword = peek().value();
    expectKeyword(keyword);
    String name = parseName();
    switch (keyword) {
      case "scalar":
        return definition("SCALAR", description, name).put("Directives", directives(true)).build();
      case "type":
      case "interface": {
        List<Object> ifaces = implementsInterfaces();
        List<Object> dirs = directives(true);
        return definition(keyword.equals("type") ? "OBJECT" : "INTERFACE", description, name)
            .put("Interfaces", ifaces).put("Directives", dirs).put("Fields", fieldsDefinition(false)).build();
      }
      case "union": {
        List<Object> dirs = directives(true);
        return definition("UNION", description, name).put("Directives", dirs).put("Types", unionMemberTypes()).build();
      }
      case "enum": {
        List<Object> dirs = directives(true);
        return definition("ENUM", description, name).put("Directives", dirs).put("EnumValues", enumValues()).build();
      }
      default: {
        List<Object> dirs = directives(true);
        return definition("INPUT_OBJECT", description, name).put("Directives", dirs)
            .put("Fields", fieldsDefinition(true)).build();
      }
    }
  }

  private ObjectValue schemaDefinition(String description) {
    expectKeyword("schema");
    List<Object> dirs = directives(true);
    List<Object> ops = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> ops.add(operationTypeDefinition()));
    return new Obj().put("Description", description).put("Directives", dirs).put("OperationTypes", ops).build();
  }

  private ObjectValue operationTypeDefinition() {
    String op = operationType();
    expect(Kind.COLON);
    return new Obj().put("Operation", op).put("Type", parseName()).build();
  }

  private List<Object> implementsInterfaces() {
    List<Object> types = new ArrayList<>();
    if (peek().value().equals("implements")) {
      next();
      skip(Kind.AMP);
      types.add(parseName());
      while (skip(Kind.AMP) && err == null) {
        types.add(parseName());
      }
    }
    return types;
  }

  private List<Object> fieldsDefinition(boolean input) {
    List<Object> defs = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> defs.add(fieldDefinition(input)));
    return defs;
  }

  private String description() {
    Token t = peek();
    if (t.kind() != Kind.BLOCK_STRING && t.kind() != Kind.STRING) {
      return "";
    }
    return next().value();
  }

  private ObjectValue fieldDefinition(boolean input) {
    String desc = description();
    String name = parseName();
    List<Object> args = input ? null : argumentDefs();
    expect(Kind.COLON);
    ObjectValue type = typeReference();
    ObjectValue def = input && skip(Kind.EQUALS) ? valueLiteral(true) : null;
    return new Obj().put("Description", desc).put("Name", name).put("Arguments", args).put("DefaultValue", def)
        .put("Type", type).put("Directives", directives(true)).build();
  }

  private List<Object> argumentDefs() {
    List<Object> args = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> {
      String desc = description();
      String name = parseName();
      expect(Kind.COLON);
      ObjectValue type = typeReference();
      ObjectValue def = skip(Kind.EQUALS) ? valueLiteral(true) : null;
      args.add(new Obj().put("Description", desc).put("Name", name).put("DefaultValue", def).put("Type", type)
          .put("Directives", directives(true)).build());
    });
    return args;
  }

  private List<Object> unionMemberTypes() {
    List<Object> types = new ArrayList<>();
    if (skip(Kind.EQUALS)) {
      skip(Kind.PIPE);
      types.add(parseName());
      while (skip(Kind.PIPE) && err == null) {
        types.add(parseName());
      }
    }
    return types;
  }

  private List<Object> enumValues() {
    List<Object> values = new ArrayList<>();
    some(Kind.BRACE_L, Kind.BRACE_R, () -> {
      String desc = description();
      String name = parseName();
      values.add(new Obj().put("Description", desc).put("Name", name).put("Directives", directives(true)).build());
    });
    return values;
  }

  private void typeSystemExtension(List<Object> schemaExt, List<Object> exts) {
    expectKeyword("extend");
    String keyword = peek().value();
    switch (keyword) {
      case "schema": {
        expectKeyword("schema");
        List<Object> dirs = directives(true);
        List<Object> ops = new ArrayList<>();
        some(Kind.BRACE_L, Kind.BRACE_R, () -> ops.add(operationTypeDefinition()));
        if (dirs.isEmpty() && ops.isEmpty()) {
          unexpected();
        }
        schemaExt.add(new Obj().put("Description", "").put("Directives", dirs).put("OperationTypes", ops).build());
        return;
      }
      case "scalar", "type", "interface", "union", "enum", "input": {
        expectKeyword(keyword);
        String name = parseName();
        Obj def = new Obj().put("Description", "").put("Name", name).put("BuiltIn", false);
        List<Object> ifaces = keyword.equals("type") ? implementsInterfaces() : List.of();
        List<Object> dirs = directives(!keyword.equals("input"));
        List<Object> fields = List.of();
        List<Object> types = List.of();
        List<Object> values = List.of();
        String kind;
        switch (keyword) {
          case "scalar" -> kind = "SCALAR";
          case "type" -> {
            kind = "OBJECT";
            fields = fieldsDefinition(false);
          }
          case "interface" -> {
            kind = "INTERFACE";
            fields = fieldsDefinition(false);
          }
          case "union" -> {
            kind = "UNION";
            types = unionMemberTypes();
          }
          case "enum" -> {
            kind = "ENUM";
            values = enumValues();
          }
          default -> {
            kind = "INPUT_OBJECT";
            fields = fieldsDefinition(true);
          }
        }
        if (ifaces.isEmpty() && dirs.isEmpty() && fields.isEmpty() && types.isEmpty() && values.isEmpty()) {
          unexpected();
        }
        exts.add(def.put("Kind", kind).put("Interfaces", ifaces).put("Directives", dirs).put("Fields", fields)
            .put("Types", types).put("EnumValues", values).build());
        return;
      }
      default:
        unexpected();
    }
  }

  private ObjectValue directiveDefinition(String description) {
    expectKeyword("directive");
    expect(Kind.AT);
    String name = parseName();
    List<Object> args = argumentDefs();
    boolean repeatable = false;
    if (peek().kind() == Kind.NAME && peek().value().equals("repeatable")) {
      repeatable = true;
      skip(Kind.NAME);
    }
    expectKeyword("on");
    List<Object> locations = new ArrayList<>();
    skip(Kind.PIPE);
    locations.add(directiveLocation());
    while (skip(Kind.PIPE) && err == null) {
      locations.add(directiveLocation());
    }
    return new Obj().put("Description", description).put("Name", name).put("Arguments", args)
        .put("Locations", locations).put("IsRepeatable", repeatable).build();
  }

  private static final List<String> LOCATIONS = List.of("QUERY", "MUTATION", "SUBSCRIPTION", "FIELD",
      "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT",
      "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
      "INPUT_FIELD_DEFINITION");

  private String directiveLocation() {
    Token name = expect(Kind.NAME);
    if (LOCATIONS.contains(name.value())) {
      return name.value();
    }
    unexpected(name);
    return "";
  }
}
