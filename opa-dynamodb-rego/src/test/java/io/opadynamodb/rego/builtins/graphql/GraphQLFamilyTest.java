package io.opadynamodb.rego.builtins.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import org.junit.jupiter.api.Test;

class GraphQLFamilyTest {
  private static final String SCHEMA = """
      type Query {
        employee(id: String!): Employee
        employees(role: Role = ENGINEER): [Employee!]!
      }
      type Employee { id: String! salary: Int! manager: Employee }
      enum Role { ENGINEER MANAGER }
      """;

  private static final BuiltinRegistry REGISTRY = registry();

  private static BuiltinRegistry registry() {
    BuiltinRegistry r = new BuiltinRegistry();
    new GraphQLFamily().register(r);
    return r;
  }

  private static Value call(String name, Value... args) {
    return REGISTRY.get(name).call(null, args);
  }

  private static StringValue s(String text) {
    return StringValue.of(text);
  }

  private static String json(Value v) {
    return Json.write(v);
  }

  @Test
  void parseQueryReturnsThePrunedAst() {
    Value ast = call("graphql.parse_query", s("query Q($id: String!) { employee(id: $id) { salary } }"));
    assertThat(json(ast)).isEqualTo("{\"Operations\":[{\"Name\":\"Q\",\"Operation\":\"query\",\"SelectionSet\":"
        + "[{\"Alias\":\"employee\",\"Arguments\":[{\"Name\":\"id\",\"Value\":{\"ExpectedTypeHasDefault\":false,"
        + "\"Kind\":0,\"Raw\":\"id\"}}],\"Name\":\"employee\",\"SelectionSet\":[{\"Alias\":\"salary\",\"Name\":\"salary\"}]}],"
        + "\"VariableDefinitions\":[{\"Type\":{\"NamedType\":\"String\",\"NonNull\":true},\"Used\":false,\"Variable\":\"id\"}]}]}");
  }

  @Test
  void commentsAttachToTheNextField() {
    Value ast = call("graphql.parse_query", s("{\n  # the id\n  id\n}"));
    assertThat(json(ast)).contains("\"Comment\":{\"List\":[{\"Value\":\"# the id\"}]}");
  }

  @Test
  void syntaxErrorsCarryTheirLocation() {
    assertThatThrownBy(() -> call("graphql.parse_query", s("{ field: {} }")))
        .isInstanceOf(BuiltinException.class)
        .hasMessage("Expected Name, found { in GraphQL string at location 1:10");
    assertThatThrownBy(() -> call("graphql.parse_schema", s("union U = A |")))
        .hasMessage("Expected Name, found <EOF> in GraphQL string at location 1:14");
  }

  @Test
  void parseReturnsBothAstsForAValidQuery() {
    Value q = s("{ employee(id: \"alice\") { salary } }");
    ArrayValue out = (ArrayValue) call("graphql.parse", q, s(SCHEMA));
    assertThat(out.get(0)).isEqualTo(call("graphql.parse_query", q));
    assertThat(out.get(1)).isEqualTo(call("graphql.parse_schema", s(SCHEMA)));
  }

  @Test
  void parseReportsValidationErrorsWithGqlparsersWording() {
    assertThatThrownBy(() -> call("graphql.parse", s("{\n  employee { salary }\n}"), s(SCHEMA)))
        .hasMessage("Field \"employee\" argument \"id\" of type \"String!\" is required, but it was not provided"
            + " in GraphQL string at location 2:3");
    assertThatThrownBy(() -> call("graphql.parse", s("{ employees { salry } }"), s(SCHEMA)))
        // OPA trims only a final ".\n", so the newline after "?" stays (as OPA reports it).
        .hasMessage("Cannot query field \"salry\" on type \"Employee\". Did you mean \"salary\"?\n"
            + " in GraphQL string at location 1:15");
  }

  @Test
  void everyValidationErrorIsReportedAfterTheFirstLocation() {
    assertThatThrownBy(() -> call("graphql.parse", s("{ a b }"), s(SCHEMA)))
        .hasMessage("Cannot query field \"a\" on type \"Query\".\ninput:1:5: Cannot query field \"b\" on type"
            + " \"Query\" in GraphQL string at location 1:3");
  }

  @Test
  void parseReportsAnInvalidSchema() {
    assertThatThrownBy(() -> call("graphql.parse", s("{ a }"), s("type Query { a: Missing }")))
        .hasMessage("Error in gqlparser SchemaDocument to Schema conversion: input:1:17: Undefined type Missing.");
  }

  @Test
  void parseAcceptsTheAstObjectsTheParseBuiltinsReturn() {
    Value q = call("graphql.parse_query", s("query { employees(role: MANAGER) { id manager { id } } }"));
    Value schema = call("graphql.parse_schema", s(SCHEMA));
    assertThat(call("graphql.parse", q, schema)).isEqualTo(ArrayValue.of(q, schema));
    assertThat(call("graphql.is_valid", call("graphql.parse_query", s("{ employees }")), schema))
        .isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void aMistypedAstObjectIsAnError() {
    ObjectValue badOp = ObjectValue.ofStrings("Operations",
        ArrayValue.of(ObjectValue.ofStrings("Operation", NumberValue.of(5))));
    assertThatThrownBy(() -> call("graphql.parse", badOp, s(SCHEMA)))
        .hasMessage("json: cannot unmarshal number into Go struct field QueryDocument.Operations of type ast.Operation");
    ObjectValue badType = ObjectValue.ofStrings("Definitions", ArrayValue.of(ObjectValue.ofStrings("Fields",
        ArrayValue.of(ObjectValue.ofStrings("Type", ObjectValue.ofStrings("NonNull", StringValue.of("x")))))));
    assertThatThrownBy(() -> call("graphql.parse", s("{ a }"), badType))
        .hasMessage("json: cannot unmarshal string into Go struct field Type.Definitions.Fields.Type.NonNull of type bool");
  }

  @Test
  void parseRejectsOperandsThatAreNeitherStringNorObject() {
    assertThatThrownBy(() -> call("graphql.parse", NumberValue.of(1), s(SCHEMA)))
        .isInstanceOfSatisfying(BuiltinException.class, e -> assertThat(e.isTypeError()).isTrue())
        .hasMessage("operand 0 must be one of {string, object} but got number");
  }

  @Test
  void isValidAnswersTrueOrFalse() {
    assertThat(call("graphql.is_valid", s("{ employee(id: \"a\") { id } }"), s(SCHEMA))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("graphql.is_valid", s("{ employee(id: 1) { id } }"), s(SCHEMA))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("graphql.is_valid", s("{"), s(SCHEMA))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("graphql.is_valid", NumberValue.of(1), s(SCHEMA))).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void schemaIsValidChecksTheTypeSystem() {
    assertThat(call("graphql.schema_is_valid", s(SCHEMA))).isEqualTo(BooleanValue.TRUE);
    assertThat(call("graphql.schema_is_valid", s("type A { a: Int } type A { b: Int }"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("graphql.schema_is_valid", s("input A { b: B! } input B { a: A! }"))).isEqualTo(BooleanValue.FALSE);
    assertThat(call("graphql.schema_is_valid", s("interface I { x: Int } type T implements I { y: Int }")))
        .isEqualTo(BooleanValue.FALSE);
    assertThat(call("graphql.schema_is_valid", ArrayValue.EMPTY)).isEqualTo(BooleanValue.FALSE);
  }

  @Test
  void parseAndVerifyNeverFails() {
    ArrayValue ok = (ArrayValue) call("graphql.parse_and_verify", s("{ employees { id } }"), s(SCHEMA));
    assertThat(ok.get(0)).isEqualTo(BooleanValue.TRUE);
    assertThat(ok.get(1)).isEqualTo(call("graphql.parse_query", s("{ employees { id } }")));
    assertThat(call("graphql.parse_and_verify", s("{ nope }"), s(SCHEMA)))
        .isEqualTo(ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY));
    assertThat(call("graphql.parse_and_verify", NumberValue.of(1), NumberValue.of(2)))
        .isEqualTo(ArrayValue.of(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY));
  }

  @Test
  void theSchemaAstShowsExtensionsAsWrittenEvenWhenTheSchemaIsReused() {
    Value schema = s("type Query { a: Int }\nextend type Query { b: Int }");
    Value expected = call("graphql.parse_schema", schema);
    for (int i = 0; i < 3; i++) {
      ArrayValue out = (ArrayValue) call("graphql.parse", s("{ a b }"), schema);
      assertThat(out.get(1)).isEqualTo(expected);
    }
    assertThat(call("graphql.is_valid", s("{ c }"), schema)).isEqualTo(BooleanValue.FALSE);
  }
}
