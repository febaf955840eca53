package io.opadynamodb.rego.value;

/** JSON text that could not be parsed; the message names the line and column of the problem. */
public class JsonFormatException extends IllegalArgumentException {
  private final String detail;
  private final int line;
  private final int column;

  public JsonFormatException(String message, String detail, int line, int column, Throwable cause) {
    super(message, cause);
    this.detail = detail;
    this.line = line;
    this.column = column;
  }

  /** The problem without its position, such as {@code invalid number: number too big}. */
  public String detail() {
    return detail;
  }

  /** The 1-based line of the problem, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or -1 when unknown. */
  public int column() {
    return column;
  }
}
