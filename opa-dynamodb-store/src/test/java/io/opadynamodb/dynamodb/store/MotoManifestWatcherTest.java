package io.opadynamodb.dynamodb.store;

/** The watcher on moto's DynamoDB Streams (skipped with a message without moto). */
class MotoManifestWatcherTest extends ManifestWatcherContract {
  @Override
  protected Backend backend() {
    return Backend.onMoto();
  }
}
