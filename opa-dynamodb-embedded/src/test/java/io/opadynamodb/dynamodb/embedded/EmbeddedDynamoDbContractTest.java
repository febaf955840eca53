package io.opadynamodb.dynamodb.embedded;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The contract on our in-process emulator (always runs). */
class EmbeddedDynamoDbContractTest extends DynamoDbContract {
  private final EmbeddedDynamoDb embedded = EmbeddedDynamoDb.create();

  @Override
  protected DynamoDbClient db() {
    return embedded.dynamoDbClient();
  }

  @Override
  protected DynamoDbStreamsClient streams() {
    return embedded.streamsClient();
  }
}
