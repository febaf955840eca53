package io.opadynamodb.dynamodb.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The same contract on moto, an independent implementation (skipped with a message without moto). */
class MotoDynamoDbContractTest extends DynamoDbContract {
  private static DynamoDbClient client;
  private static DynamoDbStreamsClient streamsClient;

  @BeforeAll
  static void startMoto() {
    MotoServer moto = MotoServer.require();
    client = moto.dynamoDbClient();
    streamsClient = moto.streamsClient();
  }

  @AfterAll
  static void closeClients() {
    if (client != null) {
      client.close();
      streamsClient.close();
    }
  }

  @Override
  protected boolean validatesLikeAws() {
    return false;
  }

  @Override
  protected boolean isolatesConcurrentWrites() {
    return false;
  }

  @Override
  protected DynamoDbClient db() {
    return client;
  }

  @Override
  protected DynamoDbStreamsClient streams() {
    return streamsClient;
  }
}
