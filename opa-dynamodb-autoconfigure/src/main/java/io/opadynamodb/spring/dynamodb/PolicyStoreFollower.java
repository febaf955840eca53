package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.BundleManifest;
import io.opadynamodb.dynamodb.store.LoadedBundle;
import io.opadynamodb.dynamodb.store.ManifestWatcher;
import io.opadynamodb.spring.policy.PolicyEngine;
import io.opadynamodb.spring.policy.PolicyLoadException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The live-update loop: a {@link ManifestWatcher} (streams and polling) tells when another revision is active;
 * the follower loads it, compiles it and swaps it in through the {@link PolicyEngine}.
 *
 * <ul>
 *   <li>A revision that does not compile is refused: the last good set keeps serving and {@link PolicyStoreStatus}
 *       reports the revision with every error location.
 *   <li>A store that cannot be read leaves the last good set serving; loading is retried with back-off (0.5 s
 *       doubling up to 30 s) until it succeeds.
 * </ul>
 */
public final class PolicyStoreFollower implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PolicyStoreFollower.class);
  static final Duration FIRST_RETRY = Duration.ofMillis(500);
  static final Duration MAX_RETRY = Duration.ofSeconds(30);

  private final PolicyEngine engine;
  private final DynamoDbPolicySource source;
  private final PolicyStoreStatus status;
  private final Function<ManifestWatcher.Listener, ManifestWatcher> watcherFactory;
  private ManifestWatcher watcher;
  private ScheduledExecutorService retries;
  private ScheduledFuture<?> pendingRetry;
  private Duration nextRetry = FIRST_RETRY;
  private volatile boolean running;

  /**
   * @param watcherFactory builds the watcher, given the listener to call ({@link #refresh()})
   */
  public PolicyStoreFollower(PolicyEngine engine, DynamoDbPolicySource source, PolicyStoreStatus status,
      Function<ManifestWatcher.Listener, ManifestWatcher> watcherFactory) {
    this.engine = engine;
    this.source = source;
    this.status = status;
    this.watcherFactory = watcherFactory;
  }

  @Override
  public synchronized void start() {
    retries = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "opa-store-retry");
      t.setDaemon(true);
      return t;
    });
    watcher = watcherFactory.apply(this::follow);
    watcher.start();
    running = true;
    if (!isStoreRevisionActive()) {
      // Started on the fallback (or on nothing): load the store as soon as it answers.
      refresh();
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (watcher != null) {
      watcher.close();
    }
    if (retries != null) {
      retries.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * Loads the store's active revision and activates it unless it is already active or was refused before.
   *
   * @return true when the store's active revision is the engine's active revision afterwards
   */
  public synchronized boolean refresh() {
    LoadedBundle loaded;
    try {
      loaded = source.loadFromStore();
    } catch (PolicyStoreUnavailableException | PolicyLoadException e) {
      scheduleRetry(e.getMessage());
      return false;
    }
    return activate(loaded);
  }

  /**
   * Follows a manifest the watcher announced (from a stream record or a consistent read): nothing is read when
   * the active set is that manifest's or a newer one (this instance published it, or a stream record arrived
   * after this instance had loaded a later revision itself), and otherwise the announced revision is loaded
   * without reading the manifest again. Should the announced revision be gone already (deleted after newer
   * publishes), the store's active revision is loaded instead.
   */
  public synchronized void follow(BundleManifest announced) {
    LoadedBundle current = activeStoreContent().orElse(null);
    // flip grows with every activation, rollbacks included: a lower or equal one is this set or an older one
    if (current != null && current.manifest().flip() >= announced.flip()) {
      cancelRetry();
      return;
    }
    if (status.rejection().map(r -> r.revision() == announced.revision()).orElse(false)) {
      return; // refused before, and revisions are immutable
    }
    LoadedBundle loaded;
    try {
      loaded = source.loadAnnounced(announced).orElse(null);
    } catch (PolicyStoreUnavailableException e) {
      scheduleRetry(e.getMessage());
      return;
    }
    if (loaded == null) {
      refresh();
    } else {
      activate(loaded);
    }
  }

  private boolean activate(LoadedBundle loaded) {
    cancelRetry();
    long revision = loaded.manifest().revision();
    String label = StoreBundles.label(revision);
    if (label.equals(engine.revision().orElse(null))) {
      status.activated(revision);
      return true;
    }
    if (status.rejection().map(r -> r.revision() == revision).orElse(false)) {
      return false; // revisions are immutable: it would fail the same way
    }
    try {
      engine.activate(StoreBundles.toEngine(loaded, source.description()));
      status.activated(revision);
      return true;
    } catch (PolicyLoadException e) {
      status.rejected(revision, e.problems());
      return false;
    }
  }

  /** The watcher, for health details (null before start). */
  public synchronized ManifestWatcher watcher() {
    return watcher;
  }

  private boolean isStoreRevisionActive() {
    return activeStoreContent().isPresent();
  }

  /** The store content of the engine's active set; empty when that set did not come from the store. */
  private Optional<LoadedBundle> activeStoreContent() {
    return engine.revision().flatMap(status::content);
  }

  private void scheduleRetry(String error) {
    if (!running || retries == null || (pendingRetry != null && !pendingRetry.isDone())) {
      return;
    }
    Duration delay = nextRetry;
    nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
    log.warn("{}; the last good policy set keeps serving, retrying in {} ms", error, delay.toMillis());
    pendingRetry = retries.schedule(this::retry, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void retry() {
    pendingRetry = null;
    refresh();
  }

  private void cancelRetry() {
    nextRetry = FIRST_RETRY;
    if (pendingRetry != null) {
      pendingRetry.cancel(false);
      pendingRetry = null;
    }
  }
}
