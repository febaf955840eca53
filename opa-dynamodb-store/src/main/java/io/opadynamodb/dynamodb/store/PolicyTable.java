package io.opadynamodb.dynamodb.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The single-table design: partition key {@code pk} (S), sort key {@code sk} (S). A bundle named
 * {@code n} is the item collection {@code pk = "bundle#n"}:
 *
 * <ul>
 *   <li>{@code manifest}: the active revision, its checksum, who published it and when, and a
 *       flip counter increased by every change of the active revision (the optimistic lock).
 *   <li>{@code revision-counter}: the last revision number handed out.
 *   <li>{@code revision#<r>}: the metadata of a kept revision (checksum, counts, author).
 *   <li>{@code module#<r>#<path>}: one Rego module ({@code source}, {@code sha256}).
 *   <li>{@code data#<r>#<path>}: one data document ({@code value}, a native DynamoDB value) placed
 *       at {@code data.<path>}; a document too large for one item is stored as
 *       {@code data#<r>#<path>#part#<n>} items, each holding a fragment at {@code subpath}.
 * </ul>
 */
public final class PolicyTable {
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String MANIFEST = "manifest";
  public static final String COUNTER = "revision-counter";

  private PolicyTable() {}

  public static String partition(String bundle) {
    return "bundle#" + bundle;
  }

  public static String modulePrefix(long revision) {
    return "module#" + revision + "#";
  }

  public static String dataPrefix(long revision) {
    return "data#" + revision + "#";
  }

  public static String revisionKey(long revision) {
    return "revision#" + revision;
  }

  /**
   * The revision a module, data or revision item belongs to, or -1 for other items (manifest,
   * counter).
   */
  public static long revisionOf(String sk) {
    String[] parts = sk.split("#", 3);
    if (parts.length >= 2 && (parts[0].equals("module") || parts[0].equals("data") || parts[0].equals("revision"))) {
      try {
        return Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** Waits (at most a minute) until a new table is ACTIVE: real DynamoDB takes a few seconds. */
  private static void awaitActive(DynamoDbClient client, String table) {
    for (int i = 0; i < 600; i++) {
      if (client.describeTable(b -> b.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PolicyStoreException("interrupted while waiting for table " + table, e);
      }
    }
    throw new PolicyStoreException("table " + table + " did not become ACTIVE within a minute");
  }

  /**
   * Creates the table (on-demand billing, streams with new images) unless it exists.
   *
   * @return true when this call created it
   */
  public static boolean createIfMissing(DynamoDbClient client, String table) {
    try {
      client.describeTable(b -> b.tableName(table));
      return false;
    } catch (ResourceNotFoundException e) {
      // create below
    }
    try {
      client.createTable(b -> b.tableName(table)
          .keySchema(KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName(SK).keyType(KeyType.RANGE).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName(PK).attributeType(ScalarAttributeType.S).build(),
              AttributeDefinition.builder().attributeName(SK).attributeType(ScalarAttributeType.S).build())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
      awaitActive(client, table);
      return true;
    } catch (ResourceInUseException e) {
      return false; // another instance created it meanwhile
    }
  }
}
