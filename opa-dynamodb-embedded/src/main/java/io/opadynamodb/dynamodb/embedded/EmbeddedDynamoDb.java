package io.opadynamodb.dynamodb.embedded;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An in-process, in-memory DynamoDB with DynamoDB Streams, behind the AWS SDK v2 client
 * interfaces. No network port is opened. Thread-safe: every operation is atomic.
 *
 * <p>Implemented: CreateTable, DescribeTable, DeleteTable, ListTables, GetItem, PutItem,
 * UpdateItem, DeleteItem (with condition expressions), Query (key conditions, filters, paging by
 * Limit and by 1 MB), BatchWriteItem; ListStreams, DescribeStream, GetShardIterator, GetRecords.
 * Other operations throw {@link UnsupportedOperationException} naming the operation.
 *
 * <pre>{@code
 * EmbeddedDynamoDb db = EmbeddedDynamoDb.create();
 * DynamoDbClient client = db.dynamoDbClient();
 * DynamoDbStreamsClient streams = db.streamsClient();
 * }</pre>
 */
public final class EmbeddedDynamoDb {
  private final DynamoDbClient client;
  private final DynamoDbStreamsClient streamsClient;
  private volatile boolean available = true;

  private EmbeddedDynamoDb(String region, Clock clock) {
    Database db = new Database(region, clock);
    TableOperations tables = new TableOperations(db);
    ItemOperations items = new ItemOperations(db);
    QueryOperation query = new QueryOperation(db);
    StreamsOperations streams = new StreamsOperations(db);
    this.client = new ClientProxy<>(DynamoDbClient.class, "DynamoDB", () -> available)
        .on(CreateTableRequest.class, tables::createTable)
        .on(DescribeTableRequest.class, tables::describeTable)
        .on(DeleteTableRequest.class, tables::deleteTable)
        .on(ListTablesRequest.class, tables::listTables)
        .on(GetItemRequest.class, items::getItem)
        .on(PutItemRequest.class, items::putItem)
        .on(UpdateItemRequest.class, items::updateItem)
        .on(DeleteItemRequest.class, items::deleteItem)
        .on(BatchWriteItemRequest.class, items::batchWriteItem)
        .on(QueryRequest.class, query::query)
        .build();
    this.streamsClient = new ClientProxy<>(DynamoDbStreamsClient.class, "DynamoDB Streams", () -> available)
        .on(ListStreamsRequest.class, streams::listStreams)
        .on(DescribeStreamRequest.class, streams::describeStream)
        .on(GetShardIteratorRequest.class, streams::getShardIterator)
        .on(GetRecordsRequest.class, streams::getRecords)
        .build();
  }

  /** A new, empty database in region {@code us-east-1}. */
  public static EmbeddedDynamoDb create() {
    return new EmbeddedDynamoDb("us-east-1", Clock.systemUTC());
  }

  /** A new, empty database; {@code region} appears in ARNs and stream records, {@code clock} in timestamps. */
  public static EmbeddedDynamoDb create(String region, Clock clock) {
    return new EmbeddedDynamoDb(region, clock);
  }

  /** The DynamoDB client of this database. */
  public DynamoDbClient dynamoDbClient() {
    return client;
  }

  /** The DynamoDB Streams client of this database. */
  public DynamoDbStreamsClient streamsClient() {
    return streamsClient;
  }

  /**
   * Simulates an outage (for resilience tests): while unavailable, every call fails with the
   * {@code SdkClientException} a client gets when the service cannot be reached. Data is kept.
   */
  public void setAvailable(boolean available) {
    this.available = available;
  }

  public boolean isAvailable() {
    return available;
  }
}
