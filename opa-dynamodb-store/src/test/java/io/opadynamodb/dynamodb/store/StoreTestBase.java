package io.opadynamodb.dynamodb.store;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;

/** A fresh policy table on the subclass's backend, with a publisher and a loader for bundle "default". */
abstract class StoreTestBase {
  protected Backend backend;
  protected String table;
  protected PolicyPublisher publisher;
  protected BundleLoader loader;

  protected abstract Backend backend();

  /**
   * False for backends whose writes to one item are not isolated under concurrent requests (moto:
   * two concurrent ADDs on the revision counter can hand out the same number); tests of concurrent
   * publishers are skipped there. Real DynamoDB and the emulator apply each write atomically.
   */
  protected boolean isolatesConcurrentWrites() {
    return true;
  }

  @BeforeEach
  void createTable() {
    backend = backend();
    table = backend.newTable();
    publisher = new PolicyPublisher(backend.client(), table, "default", BundleCompiler.standard(),
        Clock.systemUTC(), 5);
    loader = new BundleLoader(backend.client(), table, "default");
  }
}
