package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.BundleManifest;
import io.opadynamodb.dynamodb.store.LoadedBundle;
import io.opadynamodb.dynamodb.store.PolicyStoreException;
import io.opadynamodb.spring.policy.PolicyBundle;
import io.opadynamodb.spring.policy.PolicyLoadException;
import io.opadynamodb.spring.policy.PolicySource;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A {@link PolicySource} over the DynamoDB store's {@link BundleLoader}: the active revision of one bundle. Live
 * updates are driven by {@link PolicyStoreFollower}, not by {@link #watch}, because it must tell a store outage
 * (retry) from a revision that does not compile (keep the last good set, report it).
 *
 * <p>With a fallback source, a store that cannot be read (or has nothing published) before the first successful
 * load yields the fallback's bundle instead, so that the application starts on its classpath policies.
 */
public final class DynamoDbPolicySource implements PolicySource {
  private static final Logger log = LoggerFactory.getLogger(DynamoDbPolicySource.class);

  private final BundleLoader loader;
  private final String description;
  private final PolicySource fallback;
  private final PolicyStoreStatus status;
  private volatile boolean loadedFromStore;

  /**
   * @param fallback the source used while the store has never been read, or null to fail instead
   */
  public DynamoDbPolicySource(BundleLoader loader, String table, String bundle, PolicySource fallback,
      PolicyStoreStatus status) {
    this.loader = loader;
    this.description = "dynamodb:" + table + "/" + bundle;
    this.fallback = fallback;
    this.status = status;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public PolicyBundle load() {
    try {
      PolicyBundle bundle = StoreBundles.toEngine(loadFromStore(), description);
      loadedFromStore = true;
      return bundle;
    } catch (PolicyStoreUnavailableException | PolicyLoadException e) {
      if (fallback != null && !loadedFromStore) {
        log.warn("{}: {}; starting on the policies of {} until the store can be read", description,
            e.getMessage(), fallback.description());
        status.fellBackToClasspath(e.getMessage());
        return fallback.load();
      }
      throw e instanceof PolicyLoadException ple ? ple : new PolicyLoadException(e.getMessage());
    }
  }

  /**
   * Reads the revision a manifest names (the manifest came from a stream record or a consistent read, so it is
   * not read again); the content is checked against the manifest's checksum.
   *
   * @return the revision, or empty when its items are gone (a newer publish deleted it)
   * @throws PolicyStoreUnavailableException when the table cannot be read
   */
  Optional<LoadedBundle> loadAnnounced(BundleManifest manifest) {
    LoadedBundle loaded;
    try {
      loaded = new LoadedBundle(manifest, loader.loadRevision(manifest.revision(), manifest.checksum()));
    } catch (PolicyStoreException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw unreadable(e);
    }
    status.loaded(loaded);
    return Optional.of(loaded);
  }

  /**
   * Reads the active revision from the table.
   *
   * @throws PolicyStoreUnavailableException when the table cannot be read
   * @throws PolicyLoadException when nothing was published yet
   */
  LoadedBundle loadFromStore() {
    LoadedBundle loaded;
    try {
      loaded = loader.load().orElse(null);
    } catch (SdkException | PolicyStoreException e) {
      throw unreadable(e);
    }
    if (loaded == null) {
      String error = description + ": no revision was published yet; publish one (POST /actuator/opa) or set "
          + "opa.dynamodb.seed-from-classpath=true";
      status.loadFailed(error);
      throw new PolicyLoadException(error);
    }
    status.loaded(loaded);
    return loaded;
  }

  /** Records a failed read of the table and says so for the caller to throw. */
  private PolicyStoreUnavailableException unreadable(RuntimeException e) {
    String error = description + ": cannot read the policy table: " + e.getMessage();
    status.loadFailed(error);
    return new PolicyStoreUnavailableException(error, e);
  }
}
