package io.opadynamodb.rego.builtins.graphql;

/**
 * A gqlparser parse or validation failure. The message is the Go {@code error.Error()} text
 * ("input:L:C: message", one line per error for validation lists), which OPA then rewords.
 */
final class GqlException extends RuntimeException {
  GqlException(String goErrorText) {
    super(goErrorText, null, false, false);
  }
}
