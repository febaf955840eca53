package io.opadynamodb.dynamodb.store;

/** The store contract on the in-process emulator (always runs). */
class EmbeddedPolicyStoreTest extends PolicyStoreContract {
  @Override
  protected Backend backend() {
    return Backend.onEmbedded();
  }
}
