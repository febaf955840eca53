package io.opadynamodb.rego;

import java.util.List;

/** Evaluation failed (conflict, strict built-in error, type error at run time, limits). */
public class EvaluationException extends RegoException {
  public EvaluationException(List<RegoError> errors) {
    super(errors);
  }

  public EvaluationException(RegoError error) {
    super(error);
  }
}
