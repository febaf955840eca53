package io.opadynamodb.rego.types;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import java.util.List;

/**
 * A type error before it becomes a {@link RegoError}: message, detail lines, and whether it was
 * caused by an unknown type (such errors are suppressed when a more specific one was reported).
 */
record TypeError(Location location, String message, List<String> details, boolean nilType) {
  static final String CODE = "rego_type_error";

  /** Message with detail lines joined as OPA prints them ({@code "\n\t"}). */
  String fullMessage() {
    StringBuilder sb = new StringBuilder(message);
    for (String d : details) {
      sb.append("\n\t").append(d);
    }
    return sb.toString();
  }

  RegoError toRegoError() {
    return new RegoError(CODE, fullMessage(), location);
  }
}
