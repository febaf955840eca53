package io.opadynamodb.rego;

import java.util.List;

/**
 * Base of the engine's errors: every error carries one or more {@link RegoError}s with OPA's
 * code and a location. Callers never see a raw stack trace from bad policies or input.
 */
public class RegoException extends RuntimeException {
  private final List<RegoError> errors;

  public RegoException(List<RegoError> errors) {
    super(format(errors), null, false, false);
    this.errors = List.copyOf(errors);
  }

  public RegoException(RegoError error) {
    this(List.of(error));
  }

  /** Every error, in the order found. */
  public List<RegoError> errors() {
    return errors;
  }

  /** The code of the first error. */
  public String code() {
    return errors.isEmpty() ? "" : errors.get(0).code();
  }

  private static String format(List<RegoError> errors) {
    if (errors.size() == 1) {
      return errors.get(0).toString();
    }
    StringBuilder sb = new StringBuilder(errors.size() + " errors occurred:");
    for (RegoError e : errors) {
      sb.append('\n').append(e);
    }
    return sb.toString();
  }
}
