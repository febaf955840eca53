package io.opadynamodb.spring.input;

import java.util.Map;

/**
 * Adds to or changes the input document before it is evaluated: declare beans of this type (they run in
 * {@link org.springframework.core.annotation.Order} order). The usual place for application facts is
 * {@code input.context.data}; {@code input.policy} is set again after the customizers run, so a customizer (or a
 * client) can never choose the policy.
 */
@FunctionalInterface
public interface PolicyInputCustomizer {

  /**
   * @param request what is being decided (policy, authentication, HTTP request, method invocation)
   * @param input the mutable input document ({@code subject}, {@code resource}, {@code action}, {@code context},
   *     {@code policy}, {@code explain}), nested parts being mutable maps too
   */
  void customize(PolicyInputRequest request, Map<String, Object> input);
}
