package io.opadynamodb.dynamodb.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Follows a bundle's manifest and tells a listener when another revision becomes active.
 *
 * <p>Two sources, both optional, feed one de-duplicating notifier: the table's DynamoDB Stream
 * (shard discovery, iterators, resumption after errors; a change arrives within the publish time plus
 * about one {@linkplain #streamReadInterval stream read interval}) and
 * a strongly consistent read of the manifest every {@code pollInterval} (the fallback when streams
 * are off or failing). A manifest is delivered only when its flip counter is higher than the last
 * one delivered, so the listener sees each activation once and never an older one after a newer.
 */
public final class ManifestWatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ManifestWatcher.class.getName());

  /**
   * The default pause between two idle rounds of GetRecords on each shard: 2 reads a second per shard and
   * instance, so that two instances stay under DynamoDB Streams' 5 reads a second per shard.
   */
  public static final Duration DEFAULT_STREAM_READ_INTERVAL = Duration.ofMillis(500);

  /**
   * Receives newly activated manifests, on a watcher thread, one at a time. A listener that throws
   * (for example because loading the revision failed) gets the same manifest again at the next
   * poll, so keep polling on when the listener can fail.
   */
  @FunctionalInterface
  public interface Listener {
    void onManifest(BundleManifest manifest);
  }

  private final StoreItems items;
  private final DynamoDbStreamsClient streams;
  private final Duration pollInterval;
  private Duration streamReadInterval = DEFAULT_STREAM_READ_INTERVAL;
  private final Listener listener;
  private final Object notifyLock = new Object();
  private long lastFlip;
  private volatile boolean reachable = true;
  private volatile String lastError;
  private volatile Instant lastErrorAt;
  private ScheduledExecutorService poller;
  private Thread streamThread;
  private StreamFollower follower;

  /**
   * @param streams the Streams client, or null to poll only
   * @param pollInterval how often to read the manifest, or null not to poll (streams only)
   * @param knownFlip the flip of the manifest the caller already loaded (0 when none)
   */
  public ManifestWatcher(DynamoDbClient client, DynamoDbStreamsClient streams, String table, String bundle,
      Duration pollInterval, long knownFlip, Listener listener) {
    if (streams == null && pollInterval == null) {
      throw new IllegalArgumentException("a watcher needs streams, polling, or both");
    }
    this.items = new StoreItems(client, table, bundle);
    this.streams = streams;
    this.pollInterval = pollInterval;
    this.lastFlip = knownFlip;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Sets the pause between two rounds of GetRecords that found nothing (default
   * {@link #DEFAULT_STREAM_READ_INTERVAL}); call before {@link #start()}. Every instance reads every shard, and
   * DynamoDB Streams throttles above about 5 GetRecords a second per shard (AWS advises at most two readers per
   * shard), so instances times reads a second should stay under 5. A shorter pause finds a change sooner (on
   * average by half the pause).
   */
  public synchronized ManifestWatcher streamReadInterval(Duration interval) {
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the stream read interval must be positive; got " + interval);
    }
    this.streamReadInterval = interval;
    return this;
  }

  /** Starts the stream follower and the poller (daemon threads). */
  public synchronized void start() {
    if (streams != null && streamThread == null) {
      follower = new StreamFollower(items, streams, this, streamReadInterval.toMillis());
      streamThread = new Thread(follower, "opa-manifest-stream-" + items.bundle);
      streamThread.setDaemon(true);
      streamThread.start();
    }
    if (pollInterval != null && poller == null) {
      poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "opa-manifest-poll-" + items.bundle);
        t.setDaemon(true);
        return t;
      });
      long ms = Math.max(1, pollInterval.toMillis());
      poller.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** Reads the manifest now (strongly consistent) and delivers it if it is newer. */
  public void poll() {
    BundleManifest m;
    try {
      m = items.manifest();
      reachable = true;
    } catch (RuntimeException e) {
      reachable = false;
      recordError("polling the manifest failed", e);
      return;
    }
    if (m != null) {
      deliver(m);
    }
  }

  /** Delivers a manifest when it is newer than the last delivered one. */
  void deliver(BundleManifest m) {
    synchronized (notifyLock) {
      if (m.flip() <= lastFlip) {
        return;
      }
      try {
        listener.onManifest(m);
        lastFlip = m.flip();
      } catch (RuntimeException e) {
        // Not marked as delivered: the next poll (or stream record) delivers it again.
        recordError("the manifest listener failed for revision " + m.revision(), e);
        LOG.log(Level.WARNING, "the manifest listener failed for revision " + m.revision(), e);
      }
    }
  }

  void recordError(String what, Exception e) {
    lastError = what + ": " + e.getMessage();
    lastErrorAt = Instant.now();
    LOG.log(Level.FINE, what, e);
  }

  /** False after the last read of the table (poll or stream) failed, until one succeeds. */
  public boolean storeReachable() {
    return reachable;
  }

  void setReachable(boolean r) {
    reachable = r;
  }

  /** The last error of either source (null when none happened), for health reporting. */
  public String lastError() {
    return lastError;
  }

  public Instant lastErrorAt() {
    return lastErrorAt;
  }

  /** True while the stream follower has live shard iterators. */
  public boolean streamsActive() {
    StreamFollower f = follower;
    return f != null && f.isFollowing();
  }

  /** Stops both sources and waits briefly for their threads. */
  @Override
  public synchronized void close() {
    if (follower != null) {
      follower.stop();
      streamThread.interrupt();
      try {
        streamThread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (poller != null) {
      poller.shutdownNow();
    }
  }
}
