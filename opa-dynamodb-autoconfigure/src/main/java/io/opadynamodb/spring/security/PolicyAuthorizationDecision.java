package io.opadynamodb.spring.security;

import io.opadynamodb.spring.decision.Decision;
import org.springframework.security.authorization.AuthorizationDecision;

/** A Spring Security authorization result that carries the policy decision behind it. */
public class PolicyAuthorizationDecision extends AuthorizationDecision {
  private final transient Decision decision;

  public PolicyAuthorizationDecision(Decision decision) {
    super(decision.allowed());
    this.decision = decision;
  }

  /** The policy decision. */
  public Decision decision() {
    return decision;
  }

  @Override
  public String toString() {
    return "PolicyAuthorizationDecision[granted=" + isGranted() + ", policy=" + decision.policy() + ", id="
        + decision.id() + ", reasons=" + decision.reasons() + "]";
  }
}
