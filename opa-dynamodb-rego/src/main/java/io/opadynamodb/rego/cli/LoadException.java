package io.opadynamodb.rego.cli;

import java.util.List;

/** Files given on the command line that cannot be read or understood (each message names its file). */
final class LoadException extends Exception {
  private final List<String> messages;

  LoadException(String message) {
    this(List.of(message));
  }

  LoadException(List<String> messages) {
    super(String.join("\n", messages), null, false, false);
    this.messages = List.copyOf(messages);
  }

  /** One message per problem, in the order found. */
  List<String> messages() {
    return messages;
  }

  /** The problems as opa prints loading errors: {@code N error(s) occurred during loading: ...}. */
  String asText() {
    if (messages.size() == 1) {
      return "1 error occurred during loading: " + messages.get(0);
    }
    return messages.size() + " errors occurred during loading:\n" + String.join("\n", messages);
  }

  /** The problems as opa's JSON output: {@code {"errors": [{"message": ...}]}}. */
  String asJson() {
    return OrderedJson.write(java.util.Map.of("errors",
        messages.stream().map(m -> java.util.Map.of("message", m)).toList()));
  }
}
