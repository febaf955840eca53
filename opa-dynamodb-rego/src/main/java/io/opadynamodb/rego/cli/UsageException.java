package io.opadynamodb.rego.cli;

/** A command line that cannot be run as written (unknown flag, missing argument...). */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
