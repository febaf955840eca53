package io.opadynamodb.spring.decision;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.function.Supplier;

/** Records each decision in the timer {@code opa.decision}, tagged {@code policy} and {@code outcome}. */
public class MicrometerDecisionListener implements DecisionListener {
  /** The timer name. */
  public static final String TIMER = "opa.decision";

  private final Supplier<MeterRegistry> registry;

  /** @param registry the registry, looked up at each decision; null from it records nothing */
  public MicrometerDecisionListener(Supplier<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    MeterRegistry meters = registry.get();
    if (meters == null) {
      return;
    }
    Timer.builder(TIMER)
        .description("Policy decisions made by @PolicyCheck")
        .tag("policy", decision.policy())
        .tag("outcome", decision.outcome().tag())
        .register(meters)
        .record(decision.duration());
  }
}
