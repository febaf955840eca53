package io.opadynamodb.spring.security;

import io.opadynamodb.spring.decision.PolicyEvaluationException;
import io.opadynamodb.spring.input.PolicyInputException;
import io.opadynamodb.spring.input.PolicyInputRequest;
import io.opadynamodb.spring.input.PolicyReference;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides whole requests in {@code authorizeHttpRequests}, for endpoints without a Java method to annotate:
 *
 * <pre>{@code
 * http.authorizeHttpRequests(a -> a.requestMatchers("/servers/{id}").access(policies.policy("rbac.allow")))
 *     .exceptionHandling(e -> e.accessDeniedHandler(policyAccessDeniedHandler));
 * }</pre>
 *
 * A path variable named {@code id} in the matcher becomes {@code input.resource.id}.
 */
public class PolicyRequestAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {
  private final PolicyEnforcer enforcer;
  private final PolicyReference policy;
  private final String action;
  private final String resourceType;

  /**
   * @param action the action name, or empty to derive it from the HTTP method
   * @param resourceType the resource type, or empty for the policy group
   */
  public PolicyRequestAuthorizationManager(PolicyEnforcer enforcer, PolicyReference policy, String action,
      String resourceType) {
    this.enforcer = enforcer;
    this.policy = policy;
    this.action = action;
    this.resourceType = resourceType;
  }

  @Override
  public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
      RequestAuthorizationContext context) {
    try {
      return enforcer.check(new PolicyInputRequest(policy, action, resourceType, null,
          PolicyEnforcer.caller(authentication), context.getRequest(), context.getVariables(), null));
    } catch (PolicyInputException | PolicyEvaluationException e) {
      // Thrown here they would escape the filter chain as a 500; the access-denied handler answers 400 or 503.
      throw new PolicyRequestRefusedException(e);
    }
  }
}
