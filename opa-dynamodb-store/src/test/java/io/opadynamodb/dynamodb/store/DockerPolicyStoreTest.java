package io.opadynamodb.dynamodb.store;

/** The store contract on AWS's DynamoDB Local image (skipped with a message where Docker is not present). */
class DockerPolicyStoreTest extends PolicyStoreContract {
  @Override
  protected Backend backend() {
    return DockerDynamoDb.require();
  }
}
