package io.opadynamodb.test;

import org.opentest4j.AssertionFailedError;

/** A policy test that did not evaluate to true. The message says everything; a Java stack trace would be noise. */
final class PolicyTestFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  PolicyTestFailure(String message) {
    super(message);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
