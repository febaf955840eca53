package io.opadynamodb.spring.policy;

import java.util.List;

/**
 * A policy bundle could not be read or did not compile. The message lists every problem, each with its location
 * ({@code file:row:col: code: message} for Rego errors), and carries no stack trace of interest.
 */
public class PolicyLoadException extends RuntimeException {
  private final List<String> problems;

  public PolicyLoadException(String problem) {
    this(List.of(problem));
  }

  public PolicyLoadException(List<String> problems) {
    super(String.join("\n", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, one line each. */
  public List<String> problems() {
    return problems;
  }
}
