package io.opadynamodb.rego;

import java.util.List;

/** A module or query did not parse or compile; every error has its location. */
public class CompileException extends RegoException {
  public CompileException(List<RegoError> errors) {
    super(errors);
  }
}
