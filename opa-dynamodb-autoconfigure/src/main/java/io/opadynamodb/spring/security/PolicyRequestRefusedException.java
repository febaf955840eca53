package io.opadynamodb.spring.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A request-level check that could not be made: the request cannot become an input, or the evaluation failed
 * with {@code opa.fail-closed=false}. It is an {@link AccessDeniedException} only so that it reaches the
 * access-denied handler from the filter chain, where {@code PolicyAccessDeniedHandler} answers 400 or 503.
 */
public class PolicyRequestRefusedException extends AccessDeniedException {

  public PolicyRequestRefusedException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }
}
