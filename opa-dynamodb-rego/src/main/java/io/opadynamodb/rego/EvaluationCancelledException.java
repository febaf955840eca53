package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Location;

/** The evaluation was cancelled or exceeded its time limit ({@code eval_cancel_error}). */
public class EvaluationCancelledException extends EvaluationException {
  public EvaluationCancelledException(String message) {
    super(new RegoError("eval_cancel_error", message, Location.NONE));
  }
}
