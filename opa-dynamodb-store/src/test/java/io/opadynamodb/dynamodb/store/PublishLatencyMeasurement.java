package io.opadynamodb.dynamodb.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.value.SetValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Measures publish-to-first-changed-decision latency (p50, p99 over 50 publishes) with streams and
 * with polling, for one and for two instances on one table. Prints figures; asserts nothing about
 * time. Runs only with {@code -Dopa.measure=true} (and on moto too with {@code -Dopa.measure.moto=true}):
 *
 * <pre>
 * ./mvnw -B -ntp -pl opa-dynamodb-store -am test -Dtest=PublishLatencyMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dopa.measure=true
 * </pre>
 */
class PublishLatencyMeasurement {
  private static final int PUBLISHES = 50;

  /** One application instance: a watcher that loads, compiles and swaps the policy set. */
  private static final class Instance implements AutoCloseable {
    final AtomicReference<PolicySet> active = new AtomicReference<>();
    final ManifestWatcher watcher;

    Instance(Backend backend, String table, boolean streams, Duration poll) {
      BundleLoader loader = new BundleLoader(backend.client(), table, "default");
      LoadedBundle first = loader.load().orElseThrow();
      active.set(BundleCompiler.standard().compile(first.bundle()));
      watcher = new ManifestWatcher(backend.client(), streams ? backend.streams() : null, table, "default", poll,
          first.manifest().flip(), m -> active.set(BundleCompiler.standard().compile(loader.load().orElseThrow()
              .bundle())));
      watcher.start();
    }

    boolean denies16() {
      return ((SetValue) Policies.deny(active.get(), 16)).size() > 0;
    }

    @Override
    public void close() {
      watcher.close();
    }
  }

  @Test
  void embedded() throws Exception {
    assumeTrue(Boolean.getBoolean("opa.measure"), "measurement: run with -Dopa.measure=true");
    run(Backend.onEmbedded());
  }

  @Test
  void moto() throws Exception {
    assumeTrue(Boolean.getBoolean("opa.measure.moto"), "measurement: run with -Dopa.measure.moto=true");
    run(Backend.onMoto());
  }

  private void run(Backend backend) throws Exception {
    measure(backend, true, null, 1);
    measure(backend, false, Duration.ofSeconds(1), 1);
    measure(backend, true, null, 2);
    measure(backend, false, Duration.ofSeconds(1), 2);
  }

  private void measure(Backend backend, boolean streams, Duration poll, int instances) throws Exception {
    String table = backend.newTable();
    PolicyPublisher publisher = new PolicyPublisher(backend.client(), table, "default", BundleCompiler.standard());
    publisher.seedIfEmpty(Policies.bundle(8), "seed");
    List<Instance> all = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      all.add(new Instance(backend, table, streams, poll));
    }
    Thread.sleep(1000); // let stream followers open their iterators
    Percentiles latency = new Percentiles();
    Percentiles publishCall = new Percentiles();
    try {
      java.util.Random random = new java.util.Random(42);
      for (int i = 0; i < PUBLISHES; i++) {
        // Publishes at random moments, as people make them: back-to-back publishes would be in
        // phase with the stream reader's idle sleep and the poll interval, and measure those.
        Thread.sleep(100 + random.nextInt(1000));
        boolean denyNext = i % 2 == 1;
        long t0 = System.nanoTime();
        publisher.publish(PublishRequest.replacing(Policies.bundle(denyNext ? 8 : 32), "measure"));
        publishCall.add(System.nanoTime() - t0);
        long deadline = t0 + Duration.ofSeconds(30).toNanos();
        while (!all.stream().allMatch(x -> x.denies16() == denyNext) && System.nanoTime() < deadline) {
          Thread.sleep(0, 200_000);
        }
        latency.add(System.nanoTime() - t0);
      }
    } finally {
      all.forEach(Instance::close);
    }
    String mode = (streams ? "streams" : "poll every " + poll.toMillis() + " ms") + ", " + instances + " instance(s), "
        + backend.name();
    System.out.println("MEASURE " + latency.summary("publish-to-changed-decision [" + mode + "]"));
    System.out.println("MEASURE " + publishCall.summary("publish call alone [" + mode + "]"));
  }
}
