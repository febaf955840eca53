package io.opadynamodb.dynamodb.store.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.store.CountingClient;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** dynamodb.get and dynamodb.query from Rego, on the emulator. */
class DynamoDbBuiltinsTest {
  private EmbeddedDynamoDb embedded;
  private CountingClient counting;
  private DynamoDbBuiltins builtins;

  @BeforeEach
  void setUp() {
    embedded = EmbeddedDynamoDb.create();
    DynamoDbClient db = embedded.dynamoDbClient();
    db.createTable(b -> b.tableName("users")
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
            .attributeType(ScalarAttributeType.S).build()));
    db.createTable(b -> b.tableName("orders")
        .keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("order").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("customer").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("order").attributeType(ScalarAttributeType.N).build()));
    db.putItem(b -> b.tableName("users").item(Map.of(
        "id", AttributeValue.fromS("alice"),
        "role", AttributeValue.fromS("admin"),
        "limits", AttributeValue.fromM(Map.of("cpu", AttributeValue.fromN("16"))),
        "groups", AttributeValue.fromSs(List.of("ops")))));
    for (int i = 1; i <= 5; i++) {
      String n = Integer.toString(i);
      db.putItem(b -> b.tableName("orders").item(Map.of("customer", AttributeValue.fromS("alice"),
          "order", AttributeValue.fromN(n), "total", AttributeValue.fromN(n + "0"))));
    }
    counting = new CountingClient(db);
    builtins = new DynamoDbBuiltins(counting.client, 100);
  }

  private Value eval(String module, String query, String input, boolean strict) {
    PolicySet.Builder b = PolicySet.builder().module("p.rego", module);
    builtins.builtins().forEach(b::builtin);
    var result = b.build().prepare(query).evaluate(EvalOptions.builder().inputJson(input)
        .strictBuiltinErrors(strict).build());
    return result.rows().isEmpty() ? null : result.rows().get(0).expressions().get(0);
  }

  private Value eval(String module, String query, String input) {
    return eval(module, query, input, true);
  }

  @Test
  void getReturnsTheRowAsPlainJson() {
    Value v = eval("package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": {\"S\": input.user}}})\n",
        "data.p.r", "{\"user\": \"alice\"}");
    assertThat(v).isEqualTo(Json.parse("{\"row\": {\"id\": \"alice\", \"role\": \"admin\", \"limits\": {\"cpu\": 16},"
        + " \"groups\": [\"ops\"]}}"));
  }

  @Test
  void aMissingItemIsAnEmptyObject() {
    Value v = eval("package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": {\"S\": \"nobody\"}}})\n",
        "data.p.r", "{}");
    assertThat(v).isEqualTo(Json.parse("{}"));
  }

  @Test
  void aPolicyDecidesOnLookedUpAttributes() {
    String module = """
        package authz

        default allow := false

        allow if {
          user := dynamodb.get({"table": "users", "key": {"id": {"S": input.user}}}).row
          user.role == "admin"
          input.cpus <= user.limits.cpu
        }
        """;
    assertThat(eval(module, "data.authz.allow", "{\"user\": \"alice\", \"cpus\": 8}")).isEqualTo(Json.parse("true"));
    assertThat(eval(module, "data.authz.allow", "{\"user\": \"alice\", \"cpus\": 32}")).isEqualTo(Json.parse("false"));
    assertThat(eval(module, "data.authz.allow", "{\"user\": \"bob\", \"cpus\": 1}")).isEqualTo(Json.parse("false"));
  }

  @Test
  void queryReturnsRowsInKeyOrderWithLimitAndDirection() {
    String module = """
        package p

        base := {"table": "orders", "key_condition_expression": "customer = :c AND #o >= :min",
                 "expression_attribute_names": {"#o": "order"},
                 "expression_attribute_values": {":c": {"S": "alice"}, ":min": {"N": "2"}}}

        totals := [r.total | some r in dynamodb.query(base).rows]
        first_two := [r.order | some r in dynamodb.query(object.union(base, {"limit": 2})).rows]
        newest := [r.order | some r in dynamodb.query(object.union(base, {"scan_index_forward": false, "limit": 1})).rows]
        """;
    assertThat(eval(module, "data.p.totals", "{}")).isEqualTo(Json.parse("[20, 30, 40, 50]"));
    assertThat(eval(module, "data.p.first_two", "{}")).isEqualTo(Json.parse("[2, 3]"));
    assertThat(eval(module, "data.p.newest", "{}")).isEqualTo(Json.parse("[5]"));
  }

  @Test
  void theSameCallTwiceInOneDecisionReadsOnce() {
    String module = """
        package p

        a := dynamodb.get({"table": "users", "key": {"id": {"S": "alice"}}}).row.role
        b := dynamodb.get({"table": "users", "key": {"id": {"S": "alice"}}}).row.role
        both := [a, b]
        """;
    assertThat(eval(module, "data.p.both", "{}")).isEqualTo(Json.parse("[\"admin\", \"admin\"]"));
    assertThat(counting.reads()).isEqualTo(1);
    eval(module, "data.p.both", "{}");
    assertThat(counting.reads()).as("without cache: true, each decision reads again").isEqualTo(2);
  }

  @Test
  void withCacheTrueResultsAreSharedAcrossDecisions() {
    String module = "package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": {\"S\": \"alice\"}}, "
        + "\"cache\": true, \"cache_duration\": \"10m\"}).row.role\n";
    assertThat(eval(module, "data.p.r", "{}")).isEqualTo(Json.parse("\"admin\""));
    assertThat(eval(module, "data.p.r", "{}")).isEqualTo(Json.parse("\"admin\""));
    assertThat(counting.reads()).isEqualTo(1);
    assertThat(builtins.cachedEntries()).isEqualTo(1);
  }

  @Test
  void aZeroCacheDurationDoesNotCache() {
    String module = "package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": {\"S\": \"alice\"}}, "
        + "\"cache\": true, \"cache_duration\": 0}).row.role\n";
    eval(module, "data.p.r", "{}");
    eval(module, "data.p.r", "{}");
    assertThat(counting.reads()).isEqualTo(2);
  }

  @Test
  void badRequestsAreClearErrors() {
    assertThatThrownBy(() -> eval("package p\n\nr := dynamodb.get({\"key\": {\"id\": {\"S\": \"a\"}}})\n",
        "data.p.r", "{}")).isInstanceOf(RegoException.class)
        .hasMessageContaining("dynamodb.get").hasMessageContaining("'table' is required");
    assertThatThrownBy(() -> eval("package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": \"a\"}})\n",
        "data.p.r", "{}")).isInstanceOf(RegoException.class).hasMessageContaining("typed value");
    assertThatThrownBy(() -> eval("package p\n\nr := dynamodb.get({\"table\": \"users\", \"keys\": {}})\n",
        "data.p.r", "{}")).isInstanceOf(RegoException.class).hasMessageContaining("unknown request field(s) [keys]");
    assertThatThrownBy(() -> eval("package p\n\nr := dynamodb.get({\"table\": \"nope\", \"key\": {\"id\": {\"S\": \"a\"}}})"
        + "\n", "data.p.r", "{}")).isInstanceOf(RegoException.class).hasMessageContaining("ResourceNotFoundException");
    // Not strict: the call is undefined, so the decision is too (never an allow).
    assertThat(eval("package p\n\nr := dynamodb.get({\"table\": \"nope\", \"key\": {\"id\": {\"S\": \"a\"}}})\n",
        "data.p.r", "{}", false)).isNull();
  }

  @Test
  void withRaiseErrorFalseTheErrorIsInTheResponse() {
    Value v = eval("package p\n\nr := dynamodb.get({\"table\": \"nope\", \"key\": {\"id\": {\"S\": \"a\"}}, "
        + "\"raise_error\": false})\n", "data.p.r", "{}");
    assertThat(Json.write(v)).contains("\"code\":\"ResourceNotFoundException\"");
  }

  @Test
  void anUnreachableDatabaseIsAnErrorNotADecision() {
    embedded.setAvailable(false);
    String module = "package p\n\ndefault allow := false\n\nallow if {\n  dynamodb.get({\"table\": \"users\", "
        + "\"key\": {\"id\": {\"S\": \"alice\"}}}).row.role == \"admin\"\n}\n";
    assertThatThrownBy(() -> eval(module, "data.p.allow", "{}")).isInstanceOf(RegoException.class)
        .hasMessageContaining("stopped");
    assertThat(eval(module, "data.p.allow", "{}", false)).isEqualTo(Json.parse("false"));
  }

  @Test
  void requestsNamingAnotherEndpointUseTheirOwnClient() {
    var other = EmbeddedDynamoDb.create();
    other.dynamoDbClient().createTable(b -> b.tableName("users")
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
            .attributeType(ScalarAttributeType.S).build()));
    other.dynamoDbClient().putItem(b -> b.tableName("users").item(Map.of("id", AttributeValue.fromS("alice"),
        "role", AttributeValue.fromS("viewer"))));
    builtins = new DynamoDbBuiltins(counting.client, key -> {
      assertThat(key).isEqualTo(new DynamoDbBuiltins.ClientKey("http://localhost:1", "eu-west-1"));
      return other.dynamoDbClient();
    }, 10);
    Value v = eval("package p\n\nr := dynamodb.get({\"table\": \"users\", \"key\": {\"id\": {\"S\": \"alice\"}}, "
        + "\"endpoint\": \"http://localhost:1\", \"region\": \"eu-west-1\"}).row.role\n", "data.p.r", "{}");
    assertThat(v).isEqualTo(Json.parse("\"viewer\""));
    assertThat(counting.reads()).isZero();
  }
}
