package io.opadynamodb.rego.builtins.numbers;

import java.util.regex.Pattern;

/** The JSON number grammar (RFC 8259). */
final class JsonNumbers {
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private JsonNumbers() {}

  static boolean isJsonNumber(String s) {
    return JSON_NUMBER.matcher(s).matches();
  }
}
