package io.opadynamodb.dynamodb.embedded.expr;

/** An expression that does not parse or refers to unknown names; reported as a ValidationException. */
public final class ExpressionException extends RuntimeException {
  public ExpressionException(String message) {
    super(message);
  }

  static ExpressionException syntax(String what, String text, int position) {
    return new ExpressionException("Invalid expression: Syntax error; " + what + " at position " + position
        + " in \"" + text + "\"");
  }
}
