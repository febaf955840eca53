package io.opadynamodb.dynamodb.store;

/** The watcher on AWS's DynamoDB Local image (skipped with a message where Docker is not present). */
class DockerManifestWatcherTest extends ManifestWatcherContract {
  @Override
  protected Backend backend() {
    return DockerDynamoDb.require();
  }
}
