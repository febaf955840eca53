package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import java.util.List;

/** Errors as opa prints them in text: {@code 1 error occurred: file:row: code: message}. */
final class ErrorText {
  private ErrorText() {}

  static String format(List<RegoError> errors) {
    return format(errors, "");
  }

  /** With a qualifier after "occurred", e.g. " during loading" as {@code opa test} and {@code opa check} say. */
  static String format(List<RegoError> errors, String qualifier) {
    if (errors.isEmpty()) {
      return "no error(s)";
    }
    if (errors.size() == 1) {
      return "1 error occurred" + qualifier + ": " + one(errors.get(0));
    }
    StringBuilder sb = new StringBuilder().append(errors.size()).append(" errors occurred").append(qualifier).append(':');
    for (RegoError e : errors) {
      sb.append('\n').append(one(e));
    }
    return sb.toString();
  }

  /** One error: the location is {@code file:row}, or {@code row:col} for queries (which have no file). */
  static String one(RegoError e) {
    Location loc = e.location();
    String body = e.code() + ": " + e.message();
    if (loc == null || loc.row() <= 0) {
      return body;
    }
    String where = loc.file() == null || loc.file().isEmpty() ? loc.row() + ":" + loc.col() : loc.file() + ":" + loc.row();
    return where + ": " + body;
  }
}
