package io.opadynamodb.rego;

import io.opadynamodb.rego.ast.Location;

/**
 * One error, shaped like OPA's: a code such as {@code rego_parse_error}, {@code rego_type_error},
 * {@code rego_unsafe_var_error}, {@code eval_conflict_error}, {@code eval_builtin_error}, a
 * message, and where it happened.
 *
 * @param code OPA's error code
 * @param message the message, without location
 * @param location where, or {@link Location#NONE}
 */
public record RegoError(String code, String message, Location location) {
  public RegoError {
    location = location == null ? Location.NONE : location;
  }

  /** {@code file:row:col: code: message}, as OPA prints errors. */
  @Override
  public String toString() {
    if (location.row() == 0) {
      return code + ": " + message;
    }
    // OPA prints file:row when the location has a file, row:col otherwise.
    String where = location.file() == null || location.file().isEmpty()
        ? location.row() + ":" + location.col() : location.file() + ":" + location.row();
    return where + ": " + code + ": " + message;
  }
}
