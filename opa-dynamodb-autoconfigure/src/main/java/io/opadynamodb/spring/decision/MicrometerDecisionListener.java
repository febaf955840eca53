package io.opadynamodb.spring.decision;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Records each decision in the timer {@code opa.decision}, tagged {@code policy} and {@code outcome}. */
public class MicrometerDecisionListener implements DecisionListener {
  /** The timer name. */
  public static final String TIMER = "opa.decision";

  private final Supplier<MeterRegistry> registry;
  private volatile MeterRegistry meters;
  /** One timer per policy and outcome: registering through the builder on every decision costs a lookup. */
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  /**
   * @param registry the registry, looked up until it is available and then kept (a bean-factory lookup per
   *     decision would sit on the request path); null from it records nothing
   */
  public MicrometerDecisionListener(Supplier<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    MeterRegistry meters = meterRegistry();
    if (meters == null) {
      return;
    }
    String outcome = decision.outcome().tag();
    timers.computeIfAbsent(decision.policy() + '\n' + outcome, key -> Timer.builder(TIMER)
            .description("Policy decisions made by @PolicyCheck")
            .tag("policy", decision.policy())
            .tag("outcome", outcome)
            .register(meters))
        .record(decision.duration());
  }

  private MeterRegistry meterRegistry() {
    MeterRegistry found = meters;
    if (found == null) {
      found = registry.get();
      meters = found;
    }
    return found;
  }
}
