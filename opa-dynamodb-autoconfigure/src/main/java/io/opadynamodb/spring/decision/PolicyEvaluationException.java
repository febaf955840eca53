package io.opadynamodb.spring.decision;

/**
 * A policy could not be evaluated and {@code opa.fail-closed} is false: the call is refused with 503 instead of
 * 403. It never lets a call through.
 */
public class PolicyEvaluationException extends RuntimeException {
  private final transient Decision decision;

  public PolicyEvaluationException(Decision decision) {
    super("policy " + decision.policy() + " could not be evaluated (decision " + decision.id() + ")", null, false,
        false);
    this.decision = decision;
  }

  /** The failed decision (outcome {@link Decision.Outcome#ERROR}). */
  public Decision decision() {
    return decision;
  }
}
