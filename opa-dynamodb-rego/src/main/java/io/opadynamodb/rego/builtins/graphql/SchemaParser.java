package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.CommentGroup;
import io.opadynamodb.rego.builtins.graphql.Lexer.Kind;
import io.opadynamodb.rego.builtins.graphql.Lexer.Token;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.DirectiveDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.EnumValueDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.OperationTypeDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.SchemaDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** gqlparser's schema.go: the type system definition language. */
final class SchemaParser extends QueryParser {
  private static final Set<String> LOCATIONS = Set.of("QUERY", "MUTATION", "SUBSCRIPTION", "FIELD",
      "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT",
      "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
      "INPUT_FIELD_DEFINITION");

  private record Description(String text, CommentGroup comment) {
    static final Description NONE = new Description("", null);
  }

  private SchemaParser(String input, String sourceName) {
    super(input, sourceName);
  }

  /** gqlparser's {@code ParseSchema}; throws {@link GqlException} on a syntax error. */
  static SchemaDocument parse(String input, String sourceName, boolean builtIn) {
    SchemaParser p = new SchemaParser(input, sourceName);
    SchemaDocument doc = p.parseSchemaDocument();
    p.throwIfFailed();
    for (Definition d : doc.definitions) {
      d.builtIn = builtIn;
    }
    for (Definition d : doc.extensions) {
      d.builtIn = builtIn;
    }
    return doc;
  }

  private SchemaDocument parseSchemaDocument() {
    SchemaDocument doc = new SchemaDocument();
    peekPos();
    while (peek().kind() != Kind.EOF) {
      if (err != null) {
        return null;
      }
      Description description = Description.NONE;
      if (peek().kind() == Kind.BLOCK_STRING || peek().kind() == Kind.STRING) {
        description = parseDescription();
      }
      if (peek().kind() != Kind.NAME) {
        unexpectedError();
        break;
      }
      switch (peek().value()) {
        case "scalar", "type", "interface", "union", "enum", "input" ->
            doc.definitions.add(parseTypeSystemDefinition(description));
        case "schema" -> doc.schema.add(parseSchemaDefinition(description));
        case "directive" -> doc.directives.add(parseDirectiveDefinition(description));
        case "extend" -> {
          if (!description.text.isEmpty()) {
            unexpectedToken(prev);
          }
          parseTypeSystemExtension(doc);
        }
        default -> {
          unexpectedError();
          return null;
        }
      }
    }
    doc.comment = comment;
    return doc;
  }

  private Description parseDescription() {
    Token token = peek();
    if (token.kind() != Kind.BLOCK_STRING && token.kind() != Kind.STRING) {
      return Description.NONE;
    }
    CommentGroup c = comment;
    return new Description(next().value(), c);
  }

  private Definition parseTypeSystemDefinition(Description description) {
    switch (peek().value()) {
      case "scalar":
        return parseScalarTypeDefinition(description);
      case "type":
        return parseObjectLike(description, "type", SchemaAst.OBJECT);
      case "interface":
        return parseObjectLike(description, "interface", SchemaAst.INTERFACE);
      case "union":
        return parseUnionTypeDefinition(description);
      case "enum":
        return parseEnumTypeDefinition(description);
      default:
        return parseInputObjectTypeDefinition(description);
    }
  }

  private Definition definitionHeader(Description description, String keyword, String kind) {
    CommentGroup after = expectKeywordComment(keyword);
    Definition def = new Definition();
    def.position = peekPos();
    def.kind = kind;
    def.beforeDescriptionComment = description.comment;
    def.description = description.text;
    def.afterDescriptionComment = after;
    def.name = parseName();
    return def;
  }

  private SchemaDefinition parseSchemaDefinition(Description description) {
    CommentGroup after = expectKeywordComment("schema");
    SchemaDefinition def = new SchemaDefinition();
    def.position = peekPos();
    def.beforeDescriptionComment = description.comment;
    def.description = description.text;
    def.afterDescriptionComment = after;
    def.directives = parseDirectives(true);
    def.endOfDefinitionComment = some(Kind.BRACE_L, Kind.BRACE_R,
        () -> def.operationTypes.add(parseOperationTypeDefinition()));
    return def;
  }

  private OperationTypeDefinition parseOperationTypeDefinition() {
    OperationTypeDefinition op = new OperationTypeDefinition();
    op.position = peekPos();
    op.comment = comment;
    op.operation = parseOperationType();
    expect(Kind.COLON);
    op.type = parseName();
    return op;
  }

  private Definition parseScalarTypeDefinition(Description description) {
    Definition def = definitionHeader(description, "scalar", SchemaAst.SCALAR);
    def.directives = parseDirectives(true);
    return def;
  }

  private Definition parseObjectLike(Description description, String keyword, String kind) {
    Definition def = definitionHeader(description, keyword, kind);
    def.interfaces = parseImplementsInterfaces();
    def.directives = parseDirectives(true);
    parseFieldsDefinition(def);
    return def;
  }

  private List<String> parseImplementsInterfaces() {
    List<String> types = new ArrayList<>();
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

  private void parseFieldsDefinition(Definition def) {
    List<FieldDefinition> defs = new ArrayList<>();
    def.endOfDefinitionComment = some(Kind.BRACE_L, Kind.BRACE_R, () -> defs.add(parseFieldDefinition(false)));
    def.fields = defs;
  }

  private void parseInputFieldsDefinition(Definition def) {
    List<FieldDefinition> defs = new ArrayList<>();
    def.endOfDefinitionComment = some(Kind.BRACE_L, Kind.BRACE_R, () -> defs.add(parseFieldDefinition(true)));
    def.fields = defs;
  }

  /** {@code parseFieldDefinition}, or {@code parseInputValueDef} for input fields. */
  private FieldDefinition parseFieldDefinition(boolean input) {
    FieldDefinition def = new FieldDefinition();
    Description desc = parseDescription();
    if (!desc.text.isEmpty()) {
      def.beforeDescriptionComment = desc.comment;
      def.description = desc.text;
    }
    peek();
    def.afterDescriptionComment = comment;
    def.position = peekPos();
    def.name = parseName();
    if (!input) {
      def.arguments = parseArgumentDefs();
    }
    expect(Kind.COLON);
    def.type = parseTypeReference();
    if (input && skip(Kind.EQUALS)) {
      def.defaultValue = parseValueLiteral(true);
    }
    def.directives = parseDirectives(true);
    return def;
  }

  private List<ArgumentDefinition> parseArgumentDefs() {
    List<ArgumentDefinition> args = new ArrayList<>();
    some(Kind.PAREN_L, Kind.PAREN_R, () -> args.add(parseArgumentDef()));
    return args;
  }

  private ArgumentDefinition parseArgumentDef() {
    ArgumentDefinition def = new ArgumentDefinition();
    Description desc = parseDescription();
    if (!desc.text.isEmpty()) {
      def.beforeDescriptionComment = desc.comment;
      def.description = desc.text;
    }
    peek();
    def.afterDescriptionComment = comment;
    def.position = peekPos();
    def.name = parseName();
    expect(Kind.COLON);
    def.type = parseTypeReference();
    if (skip(Kind.EQUALS)) {
      def.defaultValue = parseValueLiteral(true);
    }
    def.directives = parseDirectives(true);
    return def;
  }

  private Definition parseUnionTypeDefinition(Description description) {
    Definition def = definitionHeader(description, "union", SchemaAst.UNION);
    def.directives = parseDirectives(true);
    parseUnionMemberTypes(def);
    return def;
  }

  private void parseUnionMemberTypes(Definition def) {
    if (skip(Kind.EQUALS)) {
      skip(Kind.PIPE);
      def.typePositions.add(peekPos());
      def.types.add(parseName());
      while (skip(Kind.PIPE) && err == null) {
        def.typePositions.add(peekPos());
        def.types.add(parseName());
      }
    }
  }

  private Definition parseEnumTypeDefinition(Description description) {
    Definition def = definitionHeader(description, "enum", SchemaAst.ENUM);
    def.directives = parseDirectives(true);
    parseEnumValuesDefinition(def);
    return def;
  }

  private void parseEnumValuesDefinition(Definition def) {
    List<EnumValueDefinition> values = new ArrayList<>();
    def.endOfDefinitionComment = some(Kind.BRACE_L, Kind.BRACE_R, () -> values.add(parseEnumValueDefinition()));
    def.enumValues = values;
  }

  private EnumValueDefinition parseEnumValueDefinition() {
    EnumValueDefinition def = new EnumValueDefinition();
    Description desc = parseDescription();
    if (!desc.text.isEmpty()) {
      def.beforeDescriptionComment = desc.comment;
      def.description = desc.text;
    }
    peek();
    def.afterDescriptionComment = comment;
    def.position = peekPos();
    def.name = parseName();
    def.directives = parseDirectives(true);
    return def;
  }

  private Definition parseInputObjectTypeDefinition(Description description) {
    Definition def = definitionHeader(description, "input", SchemaAst.INPUT_OBJECT);
    def.directives = parseDirectives(true);
    parseInputFieldsDefinition(def);
    return def;
  }

  private void parseTypeSystemExtension(SchemaDocument doc) {
    CommentGroup after = expectKeywordComment("extend");
    String keyword = peek().value();
    switch (keyword) {
      case "schema":
        doc.schemaExtension.add(parseSchemaExtension(after));
        return;
      case "scalar", "type", "interface", "union", "enum", "input":
        doc.extensions.add(parseTypeExtension(keyword, after));
        return;
      default:
        unexpectedError();
    }
  }

  private SchemaDefinition parseSchemaExtension(CommentGroup after) {
    expectKeyword("schema");
    SchemaDefinition def = new SchemaDefinition();
    def.position = peekPos();
    def.afterDescriptionComment = after;
    def.directives = parseDirectives(true);
    def.endOfDefinitionComment = some(Kind.BRACE_L, Kind.BRACE_R,
        () -> def.operationTypes.add(parseOperationTypeDefinition()));
    if (def.directives.isEmpty() && def.operationTypes.isEmpty()) {
      unexpectedError();
    }
    return def;
  }

  private Definition parseTypeExtension(String keyword, CommentGroup after) {
    expectKeyword(keyword);
    Definition def = new Definition();
    def.position = peekPos();
    def.afterDescriptionComment = after;
    def.name = parseName();
    boolean empty;
    switch (keyword) {
      case "scalar":
        def.kind = SchemaAst.SCALAR;
        def.directives = parseDirectives(true);
        empty = def.directives.isEmpty();
        break;
      case "type":
        def.kind = SchemaAst.OBJECT;
        def.interfaces = parseImplementsInterfaces();
        def.directives = parseDirectives(true);
        parseFieldsDefinition(def);
        empty = def.interfaces.isEmpty() && def.directives.isEmpty() && def.fields.isEmpty();
        break;
      case "interface":
        def.kind = SchemaAst.INTERFACE;
        def.directives = parseDirectives(true);
        parseFieldsDefinition(def);
        empty = def.directives.isEmpty() && def.fields.isEmpty();
        break;
      case "union":
        def.kind = SchemaAst.UNION;
        def.directives = parseDirectives(true);
        parseUnionMemberTypes(def);
        empty = def.directives.isEmpty() && def.types.isEmpty();
        break;
      case "enum":
        def.kind = SchemaAst.ENUM;
        def.directives = parseDirectives(true);
        parseEnumValuesDefinition(def);
        empty = def.directives.isEmpty() && def.enumValues.isEmpty();
        break;
      default:
        def.kind = SchemaAst.INPUT_OBJECT;
        def.directives = parseDirectives(false);
        parseInputFieldsDefinition(def);
        empty = def.directives.isEmpty() && def.fields.isEmpty();
    }
    if (empty) {
      unexpectedError();
    }
    return def;
  }

  private DirectiveDefinition parseDirectiveDefinition(Description description) {
    CommentGroup after = expectKeywordComment("directive");
    expect(Kind.AT);
    DirectiveDefinition def = new DirectiveDefinition();
    def.position = peekPos();
    def.beforeDescriptionComment = description.comment;
    def.description = description.text;
    def.afterDescriptionComment = after;
    def.name = parseName();
    def.arguments = parseArgumentDefs();
    Token peek = peek();
    if (peek.kind() == Kind.NAME && peek.value().equals("repeatable")) {
      def.isRepeatable = true;
      skip(Kind.NAME);
    }
    expectKeyword("on");
    skip(Kind.PIPE);
    def.locations.add(parseDirectiveLocation());
    while (skip(Kind.PIPE) && err == null) {
      def.locations.add(parseDirectiveLocation());
    }
    return def;
  }

  private String parseDirectiveLocation() {
    Token name = expect(Kind.NAME);
    if (LOCATIONS.contains(name.value())) {
      return name.value();
    }
    unexpectedToken(name);
    return "";
  }
}
