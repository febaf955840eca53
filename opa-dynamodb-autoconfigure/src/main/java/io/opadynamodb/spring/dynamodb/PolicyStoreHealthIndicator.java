package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.BundleLoader;
import io.opadynamodb.dynamodb.store.BundleManifest;
import io.opadynamodb.dynamodb.store.ManifestWatcher;
import io.opadynamodb.spring.policy.PolicyEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code opaStore} health component: DOWN when the policy table cannot be read (decisions go on with the
 * last good set), UP otherwise, with the store's active revision, the engine's, and the last revision refused
 * with its errors. Each check reads the manifest once (a strongly consistent GetItem).
 */
public class PolicyStoreHealthIndicator implements HealthIndicator {
  private final BundleLoader loader;
  private final PolicyEngine engine;
  private final PolicyStoreStatus status;
  private final PolicyStoreFollower follower;

  public PolicyStoreHealthIndicator(BundleLoader loader, PolicyEngine engine, PolicyStoreStatus status,
      PolicyStoreFollower follower) {
    this.loader = loader;
    this.engine = engine;
    this.status = status;
    this.follower = follower;
  }

  @Override
  public Health health() {
    Health.Builder health = storeHealth();
    health.withDetail("source", engine.source().description())
        .withDetail("activeRevision", engine.revision().orElse("none"));
    if (status.isOnClasspathFallback()) {
      health.withDetail("fallback", "serving the classpath policies until the store can be read");
    }
    status.lastLoadAt().ifPresent(t -> health.withDetail("lastLoadTime", t.toString()));
    status.lastLoadError().ifPresent(e -> health.withDetail("lastLoadError", e));
    status.rejection().ifPresent(r -> health.withDetail("rejectedRevision", r.revision())
        .withDetail("rejectedErrors", r.problems()));
    ManifestWatcher watcher = follower.watcher();
    if (watcher != null) {
      health.withDetail("streamsActive", watcher.streamsActive());
      if (watcher.lastError() != null) {
        health.withDetail("watcherError", watcher.lastError());
      }
    }
    return health.build();
  }

  private Health.Builder storeHealth() {
    try {
      BundleManifest manifest = loader.readManifest().orElse(null);
      return Health.up().withDetail("storeRevision", manifest == null ? "none published" : manifest.revision());
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", "cannot read the policy table: " + e.getMessage());
    }
  }
}
