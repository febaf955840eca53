package io.opadynamodb.dynamodb.store;

import io.opadynamodb.dynamodb.embedded.EmbeddedDynamoDb;
import io.opadynamodb.dynamodb.embedded.MotoServer;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Where store tests run: our in-process emulator, or moto (an independent implementation). */
record Backend(String name, DynamoDbClient client, DynamoDbStreamsClient streams, EmbeddedDynamoDb embedded) {
  static Backend onEmbedded() {
    EmbeddedDynamoDb db = EmbeddedDynamoDb.create();
    return new Backend("embedded", db.dynamoDbClient(), db.streamsClient(), db);
  }

  /** Moto, or the calling test is skipped with a loud message. */
  static Backend onMoto() {
    MotoServer moto = MotoServer.require();
    return new Backend("moto", moto.dynamoDbClient(), moto.streamsClient(), null);
  }

  /** A new policy table with a unique name. */
  String newTable() {
    String table = "opa-policies-" + UUID.randomUUID().toString().substring(0, 8);
    PolicyTable.createIfMissing(client, table);
    return table;
  }
}
