package io.opadynamodb.rego.cli;

/** A file given on the command line that cannot be read or understood (the message names it). */
final class LoadException extends Exception {
  LoadException(String message) {
    super(message, null, false, false);
  }
}
