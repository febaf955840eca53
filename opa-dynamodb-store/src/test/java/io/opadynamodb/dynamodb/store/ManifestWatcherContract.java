package io.opadynamodb.dynamodb.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watcher picks up new revisions through streams and through polling, on one backend. */
abstract class ManifestWatcherContract extends StoreTestBase {
  protected final BlockingQueue<BundleManifest> seen = new LinkedBlockingQueue<>();
  protected ManifestWatcher watcher;

  @BeforeEach
  void seed() {
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
  }

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
  }

  protected ManifestWatcher watch(boolean streams, Duration poll) {
    watcher = new ManifestWatcher(backend.client(), streams ? backend.streams() : null, table, "default", poll, 1,
        seen::add);
    watcher.start();
    return watcher;
  }

  /** Waits (bounded) for a condition; the bound is a safety net, not a speed assertion. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
      Thread.sleep(100);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 30 s").isTrue();
  }

  protected BundleManifest next() throws InterruptedException {
    BundleManifest m = seen.poll(30, TimeUnit.SECONDS);
    assertThat(m).as("a manifest delivered within 30 s").isNotNull();
    return m;
  }

  @Test
  void streamsDeliverANewRevision() throws Exception {
    watch(true, null);
    await(watcher::streamsActive);
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "alice"));
    BundleManifest m = next();
    assertThat(m.revision()).isEqualTo(2);
    assertThat(m.publishedBy()).isEqualTo("alice");
    assertThat(seen).isEmpty();
  }

  @Test
  void pollingDeliversANewRevision() throws Exception {
    watch(false, Duration.ofMillis(100));
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    assertThat(next().revision()).isEqualTo(2);
  }

  @Test
  void aRollbackIsDeliveredAlthoughItsRevisionIsLower() throws Exception {
    watch(true, Duration.ofMillis(200));
    await(watcher::streamsActive);
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    assertThat(next().revision()).isEqualTo(2);
    publisher.rollbackTo(1, "admin");
    BundleManifest back = next();
    assertThat(back.revision()).isEqualTo(1);
    assertThat(back.flip()).isEqualTo(3);
  }

  @Test
  void aManifestTheListenerFailedOnIsDeliveredAgainByTheNextPoll() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    watcher = new ManifestWatcher(backend.client(), null, table, "default", Duration.ofMillis(100), 1, m -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("loading failed");
      }
      seen.add(m);
    });
    watcher.start();
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    assertThat(next().revision()).isEqualTo(2);
    assertThat(calls.get()).isEqualTo(2);
    assertThat(watcher.lastError()).contains("listener failed");
  }

  @Test
  void eachActivationIsDeliveredOnceWhenBothSourcesSeeIt() throws Exception {
    watch(true, Duration.ofMillis(50));
    await(watcher::streamsActive);
    publisher.publish(PublishRequest.replacing(Policies.bundle(32), "bob"));
    assertThat(next().revision()).isEqualTo(2);
    // Give both sources time to see revision 2 again; the listener must not get it twice.
    Thread.sleep(500);
    assertThat(seen).isEmpty();
  }
}
