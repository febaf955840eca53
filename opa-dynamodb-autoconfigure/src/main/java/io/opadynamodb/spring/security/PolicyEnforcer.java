package io.opadynamodb.spring.security;

import io.opadynamodb.spring.decision.Decision;
import io.opadynamodb.spring.decision.PolicyDecider;
import io.opadynamodb.spring.decision.PolicyEvaluationException;
import io.opadynamodb.spring.input.PolicyInputBuilder;
import io.opadynamodb.spring.input.PolicyInputRequest;
import java.util.Map;

/**
 * The part both authorization managers share: build the input, decide, and apply {@code opa.fail-closed} to a
 * decision that could not be made.
 */
public class PolicyEnforcer {
  private final PolicyInputBuilder inputBuilder;
  private final PolicyDecider decider;
  private final boolean failClosed;

  /**
   * @param failClosed true: a failed evaluation is a denial (403); false: it is a
   *     {@link PolicyEvaluationException} (503). Neither allows.
   */
  public PolicyEnforcer(PolicyInputBuilder inputBuilder, PolicyDecider decider, boolean failClosed) {
    this.inputBuilder = inputBuilder;
    this.decider = decider;
    this.failClosed = failClosed;
  }

  /**
   * Decides one check.
   *
   * @throws io.opadynamodb.spring.input.PolicyInputException when the request cannot become an input (400)
   * @throws PolicyEvaluationException when evaluation failed and fail-closed is off (503)
   */
  public PolicyAuthorizationDecision check(PolicyInputRequest request) {
    Map<String, Object> input = inputBuilder.build(request);
    Decision decision = decider.decide(request.policy().toString(), input);
    if (decision.outcome() == Decision.Outcome.ERROR && !failClosed) {
      throw new PolicyEvaluationException(decision);
    }
    return new PolicyAuthorizationDecision(decision);
  }
}
