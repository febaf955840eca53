package io.opadynamodb.spring.dynamodb;

import io.opadynamodb.dynamodb.store.LoadedBundle;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this instance knows about its policy store: the revisions it loaded recently (by engine revision label),
 * the last load time and error, and the last revision it refused because it did not compile. Read by the health
 * component and the {@code opa} endpoint; thread-safe.
 */
public final class PolicyStoreStatus {
  private static final int RECENT = 4;

  /**
   * A revision that was loaded but refused.
   *
   * @param revision the store revision
   * @param problems every error, {@code file:row:col: code: message}
   * @param at when it was refused
   */
  public record Rejection(long revision, List<String> problems, Instant at) {}

  private final Clock clock;
  private final Map<String, LoadedBundle> recent = new LinkedHashMap<>();
  private Instant lastLoadAt;
  private String lastLoadError;
  private Instant lastLoadErrorAt;
  private Rejection rejection;
  private boolean fallback;

  public PolicyStoreStatus(Clock clock) {
    this.clock = clock;
  }

  synchronized void loaded(LoadedBundle bundle) {
    recent.remove(StoreBundles.label(bundle.manifest().revision()));
    recent.put(StoreBundles.label(bundle.manifest().revision()), bundle);
    while (recent.size() > RECENT) {
      recent.remove(recent.keySet().iterator().next());
    }
    lastLoadAt = clock.instant();
    lastLoadError = null;
  }

  synchronized void loadFailed(String error) {
    lastLoadError = error;
    lastLoadErrorAt = clock.instant();
  }

  synchronized void rejected(long revision, List<String> problems) {
    rejection = new Rejection(revision, List.copyOf(problems), clock.instant());
  }

  synchronized void activated(long revision) {
    if (rejection != null && rejection.revision() != revision) {
      rejection = null;
    }
    fallback = false;
  }

  synchronized void fellBackToClasspath(String error) {
    fallback = true;
    loadFailed(error);
  }

  /** The loaded content of an engine revision label, if this instance loaded it from the store recently. */
  public synchronized Optional<LoadedBundle> content(String label) {
    return Optional.ofNullable(label == null ? null : recent.get(label));
  }

  public synchronized Optional<Instant> lastLoadAt() {
    return Optional.ofNullable(lastLoadAt);
  }

  /** The last load error, or empty when the last load succeeded. */
  public synchronized Optional<String> lastLoadError() {
    return Optional.ofNullable(lastLoadError);
  }

  public synchronized Optional<Instant> lastLoadErrorAt() {
    return Optional.ofNullable(lastLoadErrorAt);
  }

  /** The last refused revision, until a newer one is activated. */
  public synchronized Optional<Rejection> rejection() {
    return Optional.ofNullable(rejection);
  }

  /** True while the engine runs on the classpath policies because the store could not be read at start-up. */
  public synchronized boolean isOnClasspathFallback() {
    return fallback;
  }
}
