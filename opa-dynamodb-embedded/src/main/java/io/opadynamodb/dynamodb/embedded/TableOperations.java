package io.opadynamodb.dynamodb.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** CreateTable, DescribeTable, DeleteTable and ListTables. */
final class TableOperations {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private final Database db;

  TableOperations(Database db) {
    this.db = db;
  }

  public CreateTableResponse createTable(CreateTableRequest r) {
    String name = r.tableName();
    if (name == null || !TABLE_NAME.matcher(name).matches()) {
      throw Errors.validation("1 validation error detected: Value '" + name + "' at 'tableName' failed to satisfy "
          + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ and have length between 3 "
          + "and 255");
    }
    if (r.hasGlobalSecondaryIndexes() || r.hasLocalSecondaryIndexes()) {
      throw new UnsupportedOperationException("EmbeddedDynamoDb does not implement secondary indexes (table " + name
          + ")");
    }
    List<KeySchemaElement> keys = checkKeySchema(r);
    StreamSpecification spec = r.streamSpecification();
    boolean streams = spec != null && Boolean.TRUE.equals(spec.streamEnabled());
    if (streams && spec.streamViewType() == null) {
      throw Errors.validation("One or more parameter values were invalid: StreamViewType must be set when "
          + "StreamEnabled is true");
    }
    return db.write(() -> {
      if (db.tables.containsKey(name)) {
        throw Errors.inUse("Table already exists: " + name);
      }
      Instant now = db.clock.instant();
      String arn = "arn:aws:dynamodb:" + db.region + ":" + db.accountId + ":table/" + name;
      TableStream stream = streams ? new TableStream(arn, name, spec.streamViewType(), now, db.region) : null;
      Table t = new Table(name, arn, keys, r.attributeDefinitions(), now, stream);
      db.tables.put(name, t);
      if (stream != null) {
        db.streams.put(stream.arn, stream);
      }
      return CreateTableResponse.builder().tableDescription(describe(t, TableStatus.ACTIVE, r.billingMode())).build();
    });
  }

  private static List<KeySchemaElement> checkKeySchema(CreateTableRequest r) {
    List<KeySchemaElement> keys = r.keySchema();
    boolean shapeOk = keys.size() == 1 && keys.get(0).keyType() == KeyType.HASH
        || keys.size() == 2 && keys.get(0).keyType() == KeyType.HASH && keys.get(1).keyType() == KeyType.RANGE;
    if (!shapeOk) {
      throw Errors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type, or there are "
          + "more than one RANGE key or more than two elements");
    }
    Set<String> keyNames = new HashSet<>();
    keys.forEach(k -> keyNames.add(k.attributeName()));
    Set<String> defined = new HashSet<>();
    for (AttributeDefinition d : r.attributeDefinitions()) {
      if (d.attributeType() != ScalarAttributeType.S && d.attributeType() != ScalarAttributeType.N
          && d.attributeType() != ScalarAttributeType.B) {
        throw Errors.validation("Member must satisfy enum value set: [B, N, S] for attribute " + d.attributeName());
      }
      defined.add(d.attributeName());
    }
    if (!defined.equals(keyNames)) {
      throw Errors.validation("One or more parameter values were invalid: Number of attributes in KeySchema does "
          + "not exactly match number of attributes defined in AttributeDefinitions");
    }
    return keys;
  }

  public DescribeTableResponse describeTable(DescribeTableRequest r) {
    return db.read(() -> DescribeTableResponse.builder()
        .table(describe(db.table(r.tableName()), TableStatus.ACTIVE, null)).build());
  }

  public DeleteTableResponse deleteTable(DeleteTableRequest r) {
    return db.write(() -> {
      Table t = db.table(r.tableName());
      db.tables.remove(t.name);
      if (t.stream != null) {
        t.stream.disable();
      }
      return DeleteTableResponse.builder().tableDescription(describe(t, TableStatus.DELETING, null)).build();
    });
  }

  public ListTablesResponse listTables(ListTablesRequest r) {
    int limit = r.limit() == null ? 100 : r.limit();
    if (limit < 1 || limit > 100) {
      throw Errors.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed to satisfy "
          + "constraint: Member must have value between 1 and 100");
    }
    return db.read(() -> {
      List<String> names = new ArrayList<>();
      for (String n : db.tables.keySet()) {
        if (r.exclusiveStartTableName() == null || n.compareTo(r.exclusiveStartTableName()) > 0) {
          names.add(n);
        }
      }
      ListTablesResponse.Builder b = ListTablesResponse.builder();
      if (names.size() > limit) {
        names = names.subList(0, limit);
        b.lastEvaluatedTableName(names.get(limit - 1));
      }
      return b.tableNames(names).build();
    });
  }

  private TableDescription describe(Table t, TableStatus status, BillingMode billing) {
    TableDescription.Builder b = TableDescription.builder()
        .tableName(t.name)
        .tableArn(t.arn)
        .tableStatus(status)
        .keySchema(t.keySchema)
        .attributeDefinitions(t.attributeDefinitions)
        .creationDateTime(t.created)
        .itemCount(t.itemCount())
        .tableSizeBytes(t.sizeBytes())
        .billingModeSummary(BillingModeSummary.builder()
            .billingMode(billing == null ? BillingMode.PAY_PER_REQUEST : billing).build());
    if (t.stream != null) {
      b.streamSpecification(StreamSpecification.builder().streamEnabled(t.stream.enabled())
              .streamViewType(t.stream.viewType).build())
          .latestStreamArn(t.stream.arn)
          .latestStreamLabel(t.stream.label);
    }
    return b.build();
  }
}
