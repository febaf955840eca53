package io.opadynamodb.bench.policycheck;

import io.opadynamodb.spring.decision.Decision;
import io.opadynamodb.spring.decision.DecisionListener;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Counts decisions, next to the starter's own listeners (decision log, metrics), so the benchmark can check that
 * every measured request to the checked endpoint was decided once and no request to the plain one was.
 */
@Component
public class DecisionCounter implements DecisionListener {
  private final LongAdder decisions = new LongAdder();

  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    decisions.increment();
  }

  /** Decisions so far. */
  public long count() {
    return decisions.sum();
  }
}
