package io.opadynamodb.spring.policy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the active compiled policy set. Replacing it is one atomic swap: evaluations in flight finish on the set
 * they started with, new ones see the new set. A bundle that does not compile is rejected with its errors and the
 * previous set stays active.
 */
public class PolicyEngine {
  private static final Logger log = LoggerFactory.getLogger(PolicyEngine.class);

  private final PolicySource source;
  private final PolicySetCompiler compiler;
  private final AtomicReference<ActivePolicies> active = new AtomicReference<>();

  public PolicyEngine(PolicySource source, PolicySetCompiler compiler) {
    this.source = source;
    this.compiler = compiler;
  }

  /**
   * Loads the source's current bundle and activates it.
   *
   * @throws PolicyLoadException when it cannot be read or does not compile (the previous set stays active)
   */
  public ActivePolicies reload() {
    return activate(source.load());
  }

  /**
   * Compiles {@code bundle} and makes it the active set.
   *
   * @throws PolicyLoadException when it does not compile (the previous set stays active)
   */
  public ActivePolicies activate(PolicyBundle bundle) {
    ActivePolicies compiled;
    try {
      compiled = compiler.compile(bundle);
    } catch (PolicyLoadException e) {
      log.warn("Rejected policy revision {} from {}; {} stays active:\n{}", bundle.revision(),
          source.description(), revision().orElse("no revision"), e.getMessage());
      throw e;
    }
    ActivePolicies previous = active.getAndSet(compiled);
    log.info("Activated policy revision {} ({} modules) from {}{}", compiled.revision(), compiled.moduleCount(),
        source.description(), previous == null ? "" : ", replacing " + previous.revision());
    return compiled;
  }

  /**
   * Reloads whenever the source says it changed ({@link PolicySource#watch}). A failed reload is logged and the
   * previous set stays active.
   */
  public void watchSource() {
    source.watch(() -> {
      try {
        reload();
      } catch (PolicyLoadException e) {
        // activate() has logged the errors; the previous set stays active.
      }
    });
  }

  /** The active set, empty before the first successful load. */
  public Optional<ActivePolicies> active() {
    return Optional.ofNullable(active.get());
  }

  /** The active revision label. */
  public Optional<String> revision() {
    return active().map(ActivePolicies::revision);
  }

  /** The number of modules of the active set (0 when none is active). */
  public int moduleCount() {
    return active().map(ActivePolicies::moduleCount).orElse(0);
  }

  /** The source this engine loads from. */
  public PolicySource source() {
    return source;
  }
}
