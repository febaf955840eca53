package io.opadynamodb.dynamodb.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Behaviour specific to the emulator: what it refuses, its outage switch, and details moto does not share. */
class EmbeddedDynamoDbTest {
  private final EmbeddedDynamoDb embedded = EmbeddedDynamoDb.create();
  private final DynamoDbClient db = embedded.dynamoDbClient();

  private void table(String name, boolean streams) {
    db.createTable(b -> {
      b.tableName(name)
          .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build());
      if (streams) {
        b.streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE));
      }
    });
  }

  @Test
  void unimplementedOperationsSayWhichOperation() {
    assertThatThrownBy(() -> db.scan(b -> b.tableName("x")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("DynamoDB operation scan");
    assertThatThrownBy(() -> db.query(b -> b.tableName("tbl").indexName("gsi1").keyConditionExpression("a = :a")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("secondary indexes");
  }

  @Test
  void anOutageFailsEveryCallUntilRestoredAndKeepsTheData() {
    table("users", false);
    db.putItem(b -> b.tableName("users").item(Map.of("id", AttributeValue.fromS("alice"))));
    embedded.setAvailable(false);
    assertThatThrownBy(() -> db.getItem(b -> b.tableName("users").key(Map.of("id", AttributeValue.fromS("alice")))))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("stopped");
    assertThatThrownBy(() -> embedded.streamsClient().listStreams()).isInstanceOf(SdkClientException.class);
    embedded.setAvailable(true);
    assertThat(db.getItem(b -> b.tableName("users").key(Map.of("id", AttributeValue.fromS("alice")))).hasItem())
        .isTrue();
  }

  @Test
  void listTablesPagesInNameOrder() {
    for (String n : List.of("ccc", "aaa", "bbb")) {
      table(n, false);
    }
    var first = db.listTables(b -> b.limit(2));
    assertThat(first.tableNames()).containsExactly("aaa", "bbb");
    assertThat(db.listTables(b -> b.exclusiveStartTableName(first.lastEvaluatedTableName())).tableNames())
        .containsExactly("ccc");
  }

  @Test
  void aWriteThatChangesNothingWritesNoStreamRecordAndNumbersAreCanonical() {
    table("things", true);
    Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a"), "v", AttributeValue.fromN("1.50"));
    db.putItem(b -> b.tableName("things").item(item));
    db.putItem(b -> b.tableName("things").item(item));
    String arn = db.describeTable(b -> b.tableName("things")).table().latestStreamArn();
    var streams = embedded.streamsClient();
    String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String it = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    assertThat(streams.getRecords(b -> b.shardIterator(it)).records()).hasSize(1);
    assertThat(db.getItem(b -> b.tableName("things").key(Map.of("id", AttributeValue.fromS("a")))).item().get("v").n())
        .isEqualTo("1.5");
  }

  @Test
  void deletingATableClosesItsStreamShard() {
    table("gone", true);
    String arn = db.describeTable(b -> b.tableName("gone")).table().latestStreamArn();
    db.putItem(b -> b.tableName("gone").item(Map.of("id", AttributeValue.fromS("a"))));
    db.deleteTable(b -> b.tableName("gone"));
    var streams = embedded.streamsClient();
    var shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0);
    assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNotNull();
    String it = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    var r = streams.getRecords(b -> b.shardIterator(it));
    assertThat(r.records()).hasSize(1);
    assertThat(r.nextShardIterator()).isNull();
  }
}
