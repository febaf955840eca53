package io.opadynamodb.test;

/** A policy test whose evaluation failed, or policies that did not load: reported as an error, without a stack. */
final class PolicyTestError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PolicyTestError(String message) {
    super(message, null, false, false);
  }
}
