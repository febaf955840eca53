package io.opadynamodb.spring.decision;

import java.util.Map;

/**
 * Told about every decision after it is made (decision log, metrics). Implementations must be fast and must not
 * throw: a failure here is logged and ignored, it never changes the decision.
 */
@FunctionalInterface
public interface DecisionListener {

  /**
   * @param decision the decision
   * @param input the input document it was made on (read-only)
   */
  void onDecision(Decision decision, Map<String, Object> input);
}
