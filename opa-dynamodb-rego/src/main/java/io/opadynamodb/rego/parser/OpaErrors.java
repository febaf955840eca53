package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.RegoError;
import java.util.ArrayList;
import java.util.List;

/** Formats errors as OPA's {@code ast.Error.Error()} and {@code ast.Errors.Error()} do. */
public final class OpaErrors {
  private OpaErrors() {}

  /** {@code file:row: code: message} (or {@code row:col: ...} without a file). */
  public static String prefix(RegoError e) {
    StringBuilder sb = new StringBuilder();
    if (e.location().row() != 0 || !e.location().file().isEmpty()) {
      if (!e.location().file().isEmpty()) {
        sb.append(e.location().file()).append(':').append(e.location().row());
      } else {
        sb.append(e.location().row()).append(':').append(e.location().col());
      }
      sb.append(": ");
    }
    return sb.append(e.code()).append(": ").append(e.message()).toString();
  }

  /** {@code 1 error occurred: ...} or {@code N errors occurred:\n...}. */
  public static String join(List<String> errors) {
    if (errors.isEmpty()) {
      return "no error(s)";
    }
    if (errors.size() == 1) {
      return "1 error occurred: " + errors.get(0);
    }
    return errors.size() + " errors occurred:\n" + String.join("\n", errors);
  }

  /** OPA's text for a list of errors without source details. */
  public static String format(List<RegoError> errors) {
    List<String> parts = new ArrayList<>();
    for (RegoError e : errors) {
      parts.add(prefix(e));
    }
    return join(parts);
  }
}
