package io.opadynamodb.rego.builtins;

/**
 * A built-in rejected its input. The evaluator reports it as {@code eval_builtin_error}
 * (or {@code eval_type_error} for {@link #typeError operand type errors}) with the message
 * {@code "<builtin name>: <message>"}.
 */
public class BuiltinException extends RuntimeException {
  private final boolean typeError;
  private final String code;

  public BuiltinException(String message) {
    this(message, false, null, null);
  }

  public BuiltinException(String message, Throwable cause) {
    this(message, false, null, cause);
  }

  private BuiltinException(String message, boolean typeError, String code, Throwable cause) {
    super(message, cause, false, false);
    this.typeError = typeError;
    this.code = code;
  }

  /** An operand error ({@code eval_type_error}), such as "operand 1 must be string but got number". */
  public static BuiltinException operand(String message) {
    return new BuiltinException(message, true, null, null);
  }

  /**
   * An error with its own code, reported as is (not prefixed with the built-in name) and stopping
   * evaluation even in non-strict mode, like OPA's {@code topdown.Error}/{@code Halt}.
   */
  public static BuiltinException halt(String code, String message) {
    return new BuiltinException(message, false, code, null);
  }

  /** True for operand errors, reported as {@code eval_type_error}. */
  public boolean isTypeError() {
    return typeError;
  }

  /** The code of a halting error, or null for ordinary built-in errors. */
  public String haltCode() {
    return code;
  }
}
