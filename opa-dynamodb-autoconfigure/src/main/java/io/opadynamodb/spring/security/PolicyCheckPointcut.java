package io.opadynamodb.spring.security;

import io.opadynamodb.spring.PolicyCheck;
import java.lang.reflect.Method;
import org.springframework.aop.support.StaticMethodMatcherPointcut;

/**
 * Matches methods that have a {@link PolicyCheck}, on the method or its class. Matching happens when Spring
 * creates the proxies, so a bad policy reference or resource expression stops the start-up with a message naming
 * the method, instead of failing its first call.
 */
public class PolicyCheckPointcut extends StaticMethodMatcherPointcut {
  private final PolicyCheckAttributes attributes;

  PolicyCheckPointcut(PolicyCheckAttributes attributes) {
    this.attributes = attributes;
  }

  @Override
  public boolean matches(Method method, Class<?> targetClass) {
    return attributes.find(method, targetClass) != null;
  }
}
