package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.PolicySet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The compiled policy set an instance serves, kept current from the table: loaded at start,
 * reloaded when the {@link ManifestWatcher} reports a new activation, swapped atomically
 * (evaluations in flight keep the set they started with). A revision that does not compile is
 * refused and the last good set keeps serving; when the store cannot be read, decisions continue
 * on the last good set and the next poll retries.
 */
public final class LivePolicies implements AutoCloseable {
  /** The set being served with the revision it came from. */
  public record Active(PolicySet policies, PolicyBundle bundle, BundleManifest manifest) {}

  private final String bundleName;
  private final BundleLoader loader;
  private final BundleCompiler compiler;
  private final ManifestWatcher watcher;
  private volatile Active active;
  private volatile Instant lastLoadAt;
  private volatile boolean storeUp = true;
  private volatile String lastError;
  private volatile Instant lastErrorAt;
  private volatile long refusedRevision;
  private volatile List<String> refusedErrors = List.of();

  /**
   * @param streams the Streams client, or null to follow the manifest by polling only
   * @param pollInterval how often to read the manifest (also the retry interval after failures)
   */
  public LivePolicies(DynamoDbClient client, DynamoDbStreamsClient streams, String table, String bundle,
      BundleCompiler compiler, Duration pollInterval) {
    this.bundleName = bundle;
    this.loader = new BundleLoader(client, table, bundle);
    this.compiler = compiler;
    this.watcher = new ManifestWatcher(client, streams, table, bundle, pollInterval, 0, this::onManifest);
  }

  /**
   * Loads the active revision and starts following the table.
   *
   * @param fallback policies to serve when the table has no bundle yet or cannot be read; null to fail fast
   * @throws PolicyStoreException when the store cannot be read (or has no bundle) and there is no fallback
   * @throws CompileException when the active revision does not compile and there is no fallback
   */
  public LivePolicies start(PolicyBundle fallback) {
    try {
      Optional<LoadedBundle> loaded = loader.load();
      if (loaded.isPresent()) {
        activate(loaded.get());
      } else if (fallback == null) {
        throw new PolicyStoreException("bundle '" + bundleName + "' has no published revision");
      }
    } catch (RuntimeException e) {
      recordFailure(e);
      if (fallback == null) {
        throw e;
      }
    }
    if (active == null) {
      active = new Active(compiler.compile(fallback), fallback, null);
      lastLoadAt = Instant.now();
    }
    watcher.start();
    return this;
  }

  /** The set to evaluate with; read it once per decision. */
  public Active current() {
    return active;
  }

  public StoreStatus status() {
    Active a = active;
    // The most recent error of loading (here) and of following the table (the watcher).
    String error = lastError;
    Instant errorAt = lastErrorAt;
    if (watcher.lastErrorAt() != null && (errorAt == null || watcher.lastErrorAt().isAfter(errorAt))) {
      error = watcher.lastError();
      errorAt = watcher.lastErrorAt();
    }
    return new StoreStatus(bundleName, a.manifest() == null ? 0 : a.manifest().revision(), lastLoadAt,
        storeUp && watcher.storeReachable(), error, errorAt, refusedRevision, refusedErrors);
  }

  /** The watcher, e.g. to trigger a read with {@link ManifestWatcher#poll()}. */
  public ManifestWatcher watcher() {
    return watcher;
  }

  private void onManifest(BundleManifest manifest) {
    Active a = active;
    if (a.manifest() != null && a.manifest().flip() >= manifest.flip()) {
      return;
    }
    try {
      PolicyBundle bundle = loader.loadRevision(manifest.revision(), manifest.checksum());
      activate(new LoadedBundle(manifest, bundle));
    } catch (CompileException e) {
      // Refused for good: the watcher must not offer it again, so this does not throw.
      refusedRevision = manifest.revision();
      refusedErrors = new PublishResult(PublishResult.Outcome.REJECTED, manifest.revision(), e.errors(), "")
          .errorLines();
      lastError = "revision " + manifest.revision() + " does not compile: " + String.join("; ", refusedErrors);
      lastErrorAt = Instant.now();
    } catch (RuntimeException e) {
      recordFailure(e);
      throw e; // delivered again at the next poll
    }
  }

  private void activate(LoadedBundle loaded) {
    PolicySet set = compiler.compile(loaded.bundle());
    active = new Active(set, loaded.bundle(), loaded.manifest());
    lastLoadAt = Instant.now();
    storeUp = true;
    refusedRevision = 0;
    refusedErrors = List.of();
  }

  private void recordFailure(RuntimeException e) {
    if (!(e instanceof CompileException)) {
      storeUp = false;
    }
    lastError = e.getMessage();
    lastErrorAt = Instant.now();
  }

  @Override
  public void close() {
    watcher.close();
  }
}
