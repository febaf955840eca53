package io.opadynamodb.spring;

import io.opadynamodb.spring.decision.Decision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A policy denied the call (or could not be evaluated, with {@code opa.fail-closed=true}). It is an
 * {@link org.springframework.security.access.AccessDeniedException}; the starter's web layer answers it with 403
 * and an RFC 9457 problem body carrying the decision's reasons and id.
 */
public class PolicyDeniedException extends AuthorizationDeniedException {
  private final transient Decision decision;

  public PolicyDeniedException(Decision decision) {
    super("Denied by policy " + decision.policy() + " (decision " + decision.id() + ")",
        new AuthorizationDecision(false));
    this.decision = decision;
  }

  /** The decision that denied. */
  public Decision decision() {
    return decision;
  }
}
