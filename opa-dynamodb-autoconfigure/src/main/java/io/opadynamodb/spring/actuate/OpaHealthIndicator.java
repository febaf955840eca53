package io.opadynamodb.spring.actuate;

import io.opadynamodb.spring.policy.ActivePolicies;
import io.opadynamodb.spring.policy.PolicyEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code opa} health component: UP with the active revision and module count, DOWN when no policy set is
 * active (every check is then refused).
 */
public class OpaHealthIndicator implements HealthIndicator {
  private final PolicyEngine engine;

  public OpaHealthIndicator(PolicyEngine engine) {
    this.engine = engine;
  }

  @Override
  public Health health() {
    ActivePolicies active = engine.active().orElse(null);
    if (active == null) {
      return Health.down().withDetail("reason", "no policy set is active")
          .withDetail("source", engine.source().description()).build();
    }
    return Health.up().withDetail("revision", active.revision()).withDetail("modules", active.moduleCount())
        .withDetail("source", engine.source().description())
        .withDetail("activatedAt", active.activatedAt().toString()).build();
  }
}
