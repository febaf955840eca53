package io.opadynamodb.spring.security;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.PolicyDeniedException;
import io.opadynamodb.spring.input.PolicyInputException;
import io.opadynamodb.spring.input.PolicyInputRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.expression.EvaluationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.function.SingletonSupplier;

/**
 * Decides method calls annotated with {@link PolicyCheck}, behind Spring Security's
 * {@code AuthorizationManagerBeforeMethodInterceptor} (so it orders with {@code @PreAuthorize}). A denial throws
 * {@link PolicyDeniedException} carrying the decision.
 */
public class PolicyCheckAuthorizationManager
    implements AuthorizationManager<MethodInvocation>, MethodAuthorizationDeniedHandler {
  private final Supplier<PolicyEnforcer> enforcer;
  private final PolicyCheckAttributes attributes = new PolicyCheckAttributes();
  private final PolicyCheckPointcut pointcut = new PolicyCheckPointcut(attributes);
  private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

  public PolicyCheckAuthorizationManager(PolicyEnforcer enforcer) {
    this(() -> enforcer);
  }

  /** Resolves the enforcer on the first check, so that the advisor can be created before the beans it uses. */
  public PolicyCheckAuthorizationManager(Supplier<PolicyEnforcer> enforcer) {
    this.enforcer = SingletonSupplier.of(enforcer);
  }

  /** The decision for the call, or null (abstain) when the method has no {@link PolicyCheck}. */
  @Override
  public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, MethodInvocation call) {
    Class<?> targetClass = call.getThis() == null ? null : AopUtils.getTargetClass(call.getThis());
    PolicyCheckAttribute check = attributes.find(call.getMethod(), targetClass);
    if (check == null) {
      return null;
    }
    HttpServletRequest http = ServletRequests.current();
    PolicyInputRequest request = new PolicyInputRequest(check.policy(), check.action(), check.resourceType(),
        resource(check, call), caller(authentication), http, ServletRequests.pathVariables(http), call);
    return enforcer.get().check(request);
  }

  /** The methods this manager decides (sharing its parsed annotations). */
  public PolicyCheckPointcut pointcut() {
    return pointcut;
  }

  @Override
  public Object handleDeniedInvocation(MethodInvocation call, AuthorizationResult result) {
    if (result instanceof PolicyDeniedException denied) {
      throw denied;
    }
    if (result instanceof PolicyAuthorizationDecision decision) {
      throw new PolicyDeniedException(decision.decision());
    }
    throw new AuthorizationDeniedException("Access Denied", result);
  }

  private Object resource(PolicyCheckAttribute check, MethodInvocation call) {
    if (check.resource() == null) {
      return null;
    }
    MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, call.getMethod(),
        call.getArguments(), parameterNames);
    try {
      return check.resource().getValue(context);
    } catch (EvaluationException e) {
      throw new PolicyInputException("the resource expression \"" + check.resourceText() + "\" of "
          + check.policy() + " failed on this request: " + e.getMessage());
    }
  }

  /** The caller, or null without a security context (the input then describes an anonymous subject). */
  private static Authentication caller(Supplier<? extends Authentication> authentication) {
    try {
      return authentication.get();
    } catch (AuthenticationException e) {
      return null;
    }
  }
}
