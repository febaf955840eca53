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

  @BeforeEach
  void createTable() {
    backend = backend();
    table = backend.newTable();
    publisher = new PolicyPublisher(backend.client(), table, "default", BundleCompiler.standard(),
        Clock.systemUTC(), 5);
    loader = new BundleLoader(backend.client(), table, "default");
  }
}
