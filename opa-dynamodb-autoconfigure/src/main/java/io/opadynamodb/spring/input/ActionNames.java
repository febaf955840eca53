package io.opadynamodb.spring.input;

import java.util.Locale;

/** The default {@code input.action.name} for an HTTP method. */
public final class ActionNames {
  private ActionNames() {}

  /**
   * GET and HEAD read, POST create, PUT and PATCH update, DELETE delete; any other method its lower-case name;
   * {@code invoke} when the call is not an HTTP request.
   */
  public static String forHttpMethod(String method) {
    if (method == null) {
      return "invoke";
    }
    switch (method.toUpperCase(Locale.ROOT)) {
      case "GET":
      case "HEAD":
        return "read";
      case "POST":
        return "create";
      case "PUT":
      case "PATCH":
        return "update";
      case "DELETE":
        return "delete";
      default:
        return method.toLowerCase(Locale.ROOT);
    }
  }
}
