package io.opadynamodb.spring.security;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.input.PolicyReference;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Finds the {@link PolicyCheck} that applies to a method (on the method, else on its class; interfaces and
 * superclasses included) and caches it parsed. A bad policy reference or resource expression is an
 * {@link IllegalStateException} naming the method: a programming error, reported on the first call.
 */
final class PolicyCheckAttributes {
  private static final PolicyCheckAttribute NONE = new PolicyCheckAttribute(null, "", "", null, "");

  private final SpelExpressionParser parser = new SpelExpressionParser();
  private final Map<MethodClassKey, PolicyCheckAttribute> cache = new ConcurrentHashMap<>();

  /** The attribute for a call of {@code method} on an instance of {@code targetClass}, or null if none. */
  PolicyCheckAttribute find(Method method, Class<?> targetClass) {
    PolicyCheckAttribute found = cache.computeIfAbsent(new MethodClassKey(method, targetClass),
        key -> resolve(method, targetClass));
    return found == NONE ? null : found;
  }

  private PolicyCheckAttribute resolve(Method method, Class<?> targetClass) {
    Method specific = targetClass == null ? method : AopUtils.getMostSpecificMethod(method, targetClass);
    PolicyCheck check = AnnotatedElementUtils.findMergedAnnotation(specific, PolicyCheck.class);
    if (check == null) {
      check = AnnotatedElementUtils.findMergedAnnotation(specific.getDeclaringClass(), PolicyCheck.class);
    }
    if (check == null && targetClass != null) {
      check = AnnotatedElementUtils.findMergedAnnotation(targetClass, PolicyCheck.class);
    }
    if (check == null) {
      return NONE;
    }
    String where = specific.getDeclaringClass().getName() + "." + specific.getName();
    try {
      PolicyReference policy = PolicyReference.parse(check.value());
      String text = check.resource().trim();
      return new PolicyCheckAttribute(policy, check.action(), check.resourceType(),
          text.isEmpty() ? null : parser.parseExpression(text), text);
    } catch (IllegalArgumentException | ParseException e) {
      throw new IllegalStateException("@PolicyCheck on " + where + ": " + e.getMessage(), e);
    }
  }
}
