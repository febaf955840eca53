package io.opadynamodb.spring.security;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.input.PolicyReference;
import org.springframework.expression.Expression;

/**
 * A {@link PolicyCheck} annotation, validated and with its resource expression parsed once.
 *
 * @param policy the policy reference
 * @param action the explicit action, or empty
 * @param resourceType the explicit resource type, or empty
 * @param resource the parsed resource expression, or null
 * @param resourceText the resource expression's text, for error messages
 */
record PolicyCheckAttribute(PolicyReference policy, String action, String resourceType, Expression resource,
    String resourceText) {}
