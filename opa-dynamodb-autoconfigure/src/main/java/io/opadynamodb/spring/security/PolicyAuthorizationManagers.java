package io.opadynamodb.spring.security;

import io.opadynamodb.spring.input.PolicyReference;

/** Makes {@link PolicyRequestAuthorizationManager}s for {@code authorizeHttpRequests}; a bean of the starter. */
public class PolicyAuthorizationManagers {
  private final PolicyEnforcer enforcer;

  public PolicyAuthorizationManagers(PolicyEnforcer enforcer) {
    this.enforcer = enforcer;
  }

  /**
   * A manager deciding requests with {@code policy} (e.g. {@code "rbac.allow"}), the action derived from the
   * HTTP method and the resource type being the policy group.
   *
   * @throws IllegalArgumentException when the reference is not {@code <group>.<rule>}
   */
  public PolicyRequestAuthorizationManager policy(String policy) {
    return policy(policy, "", "");
  }

  /** As {@link #policy(String)}, with an explicit action and resource type (empty for the defaults). */
  public PolicyRequestAuthorizationManager policy(String policy, String action, String resourceType) {
    return new PolicyRequestAuthorizationManager(enforcer, PolicyReference.parse(policy), action, resourceType);
  }
}
