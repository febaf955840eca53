package io.opadynamodb.dynamodb.store;

/** The store contract on moto, an independent DynamoDB implementation (skipped with a message without moto). */
class MotoPolicyStoreTest extends PolicyStoreContract {
  @Override
  protected Backend backend() {
    return Backend.onMoto();
  }

  @Override
  protected boolean isolatesConcurrentWrites() {
    return false;
  }
}
