package io.opadynamodb.sample.identity;

import io.opadynamodb.sample.security.DemoUser;
import io.opadynamodb.sample.security.DemoUsers;
import io.opadynamodb.spring.dynamodb.OpaIdentityProperties;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The identity table of the demo (opa.identity.table), created and filled at start-up in the embedded DynamoDB
 * with the attributes of {@link DemoUsers} (alice: tenure 15, title trader; bob: tenure 5, title analyst). The
 * ABAC policy reads them at {@code input.subject.attributes}. Against a real table this is not done: the table is
 * the user directory's.
 */
public final class DemoIdentityTable {
  private static final Logger log = LoggerFactory.getLogger(DemoIdentityTable.class);

  private DemoIdentityTable() {}

  /** Creates the table when missing and writes one item per demo user that has attributes. */
  public static void seed(DynamoDbClient client, OpaIdentityProperties identity) {
    String table = identity.getTable();
    String key = identity.getKeyAttribute();
    try {
      client.describeTable(b -> b.tableName(table));
    } catch (ResourceNotFoundException e) {
      client.createTable(b -> b.tableName(table)
          .keySchema(KeySchemaElement.builder().attributeName(key).keyType(KeyType.HASH).build())
          .attributeDefinitions(AttributeDefinition.builder().attributeName(key)
              .attributeType(ScalarAttributeType.S).build())
          .billingMode(BillingMode.PAY_PER_REQUEST));
    }
    for (DemoUser user : DemoUsers.ALL) {
      if (user.attributes().isEmpty()) {
        continue;
      }
      Map<String, AttributeValue> item = new HashMap<>();
      item.put(key, AttributeValue.fromS(user.name()));
      user.attributes().forEach((name, value) -> item.put(name, value instanceof Number n
          ? AttributeValue.fromN(n.toString()) : AttributeValue.fromS(value.toString())));
      client.putItem(b -> b.tableName(table).item(item));
    }
    log.info("Seeded the identity table {} with the demo users' attributes", table);
  }
}
