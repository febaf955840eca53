package io.opadynamodb.dynamodb.store.builtins;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.embedded.MotoServer;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.PreparedQuery;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Decision latency of a policy calling {@code dynamodb.get}, with a warm cross-decision cache and
 * with none (every decision reads DynamoDB). Prints figures; asserts nothing about time. Runs only
 * with {@code -Dopa.measure=true}; the moto run (a DynamoDB over HTTP on 127.0.0.1) with
 * {@code -Dopa.measure.moto=true}.
 */
class LookupLatencyMeasurement {
  private static final int WARMUP = 2000;
  private static final int DECISIONS = 5000;

  @Test
  void embedded() {
    assumeTrue(Boolean.getBoolean("opa.measure"), "measurement: run with -Dopa.measure=true");
    run("embedded", EmbeddedDynamoDb.create().dynamoDbClient());
  }

  @Test
  void moto() {
    assumeTrue(Boolean.getBoolean("opa.measure.moto"), "measurement: run with -Dopa.measure.moto=true");
    run("moto", MotoServer.require().dynamoDbClient());
  }

  private void run(String backend, DynamoDbClient db) {
    String table = "users-" + UUID.randomUUID().toString().substring(0, 8);
    db.createTable(b -> b.tableName(table)
        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
            .attributeType(ScalarAttributeType.S).build())
        .billingMode("PAY_PER_REQUEST"));
    db.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("alice"),
        "role", AttributeValue.fromS("admin"))));
    for (boolean cache : new boolean[] {true, false}) {
      DynamoDbBuiltins builtins = new DynamoDbBuiltins(db, 1000);
      String module = "package p\n\ndefault allow := false\n\nallow if {\n  dynamodb.get({\"table\": \"" + table
          + "\", \"key\": {\"id\": {\"S\": input.user}}, \"cache\": " + cache + "}).row.role == \"admin\"\n}\n";
      PolicySet.Builder b = PolicySet.builder().module("p.rego", module);
      builtins.builtins().forEach(b::builtin);
      PreparedQuery q = b.build().prepare("data.p.allow");
      EvalOptions input = EvalOptions.builder().inputJson("{\"user\": \"alice\"}").build();
      int n = backend.equals("moto") && !cache ? DECISIONS / 10 : DECISIONS;
      for (int i = 0; i < Math.min(WARMUP, n); i++) {
        q.evaluate(input);
      }
      io.opadynamodb.dynamodb.store.PercentilesAccess p = new io.opadynamodb.dynamodb.store.PercentilesAccess();
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        q.evaluate(input);
        p.add(System.nanoTime() - t0);
      }
      System.out.println("MEASURE " + p.summary("dynamodb.get decision [" + (cache ? "warm cache" : "no cache, "
          + "every decision reads") + ", " + backend + "]"));
    }
  }
}
