package io.opadynamodb.spring.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MicrometerDecisionListenerTest {
  private static Decision decision(String policy, Decision.Outcome outcome, long micros) {
    return new Decision("id", policy, outcome, List.of(), null, "1", Duration.ofNanos(micros * 1000), null);
  }

  @Test
  void records_each_decision_in_the_timer_of_its_policy_and_outcome() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerDecisionListener listener = new MicrometerDecisionListener(() -> registry);

    listener.onDecision(decision("compute.deny", Decision.Outcome.ALLOW, 50), Map.of());
    listener.onDecision(decision("compute.deny", Decision.Outcome.ALLOW, 70), Map.of());
    listener.onDecision(decision("compute.deny", Decision.Outcome.DENY, 90), Map.of());

    Timer allowed = registry.get("opa.decision").tags("policy", "compute.deny", "outcome", "allow").timer();
    Timer denied = registry.get("opa.decision").tags("policy", "compute.deny", "outcome", "deny").timer();
    assertThat(allowed.count()).isEqualTo(2);
    assertThat(allowed.totalTime(java.util.concurrent.TimeUnit.MICROSECONDS)).isEqualTo(120.0);
    assertThat(denied.count()).isEqualTo(1);
  }

  @Test
  void looks_the_registry_up_until_it_exists_and_then_keeps_it() {
    AtomicReference<SimpleMeterRegistry> available = new AtomicReference<>();
    AtomicInteger lookups = new AtomicInteger();
    MicrometerDecisionListener listener = new MicrometerDecisionListener(() -> {
      lookups.incrementAndGet();
      return available.get();
    });

    listener.onDecision(decision("rbac.allow", Decision.Outcome.ALLOW, 10), Map.of());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    available.set(registry);
    listener.onDecision(decision("rbac.allow", Decision.Outcome.ALLOW, 10), Map.of());
    listener.onDecision(decision("rbac.allow", Decision.Outcome.ALLOW, 10), Map.of());

    assertThat(lookups).hasValue(2);
    assertThat(registry.get("opa.decision").timer().count()).isEqualTo(2);
  }
}
