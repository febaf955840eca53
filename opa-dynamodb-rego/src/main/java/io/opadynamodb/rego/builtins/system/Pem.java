package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.go.GoBase64;

/** Go's {@code encoding/pem.Decode}: the first PEM block of a text and the text after it. */
final class Pem {
  /** A decoded block; {@code rest} is the text after it. */
  record Block(String type, byte[] bytes, String rest) {}

  private Pem() {}

  /** The first block, or null when there is none (Go returns nil, data). */
  static Block decode(String data) {
    String rest = data;
    while (true) {
      if (rest.startsWith("-----BEGIN ")) {
        rest = rest.substring(11);
      } else {
        int i = rest.indexOf("\n-----BEGIN ");
        if (i < 0) {
          return null;
        }
        rest = rest.substring(i + 12);
      }
      String[] lr = getLine(rest);
      String typeLine = lr[0];
      rest = lr[1];
      if (!typeLine.endsWith("-----")) {
        continue;
      }
      typeLine = typeLine.substring(0, typeLine.length() - 5);
      boolean headers = false;
      boolean truncated = false;
      while (true) {
        if (rest.isEmpty()) {
          truncated = true;
          break;
        }
        String[] ln = getLine(rest);
        if (ln[0].indexOf(':') < 0) {
          break;
        }
        headers = true;
        rest = ln[1];
      }
      if (truncated) {
        return null;
      }
      int endIndex;
      int endTrailerIndex;
      if (!headers && rest.startsWith("-----END ")) {
        endIndex = 0;
        endTrailerIndex = 9;
      } else {
        endIndex = rest.indexOf("\n-----END ");
        endTrailerIndex = endIndex + 10;
      }
      if (endIndex < 0) {
        continue;
      }
      String endTrailer = rest.substring(endTrailerIndex);
      int endTrailerLen = typeLine.length() + 5;
      if (endTrailer.length() < endTrailerLen) {
        continue;
      }
      String restOfEndLine = endTrailer.substring(endTrailerLen);
      endTrailer = endTrailer.substring(0, endTrailerLen);
      if (!endTrailer.startsWith(typeLine) || !endTrailer.endsWith("-----")) {
        continue;
      }
      if (!getLine(restOfEndLine)[0].isEmpty()) {
        continue;
      }
      String base64 = rest.substring(0, endIndex).replace(" ", "").replace("\t", "");
      byte[] bytes;
      try {
        bytes = GoBase64.decodeStd(base64);
      } catch (BuiltinException e) {
        continue;
      }
      String after = getLine(rest.substring(endIndex + 10 - 1))[1];
      return new Block(typeLine, bytes, after);
    }
  }

  private static String[] getLine(String data) {
    int i = data.indexOf('\n');
    String line;
    String rest;
    if (i < 0) {
      line = data;
      rest = "";
    } else {
      line = data.substring(0, i);
      rest = data.substring(i + 1);
    }
    int end = line.length();
    while (end > 0 && " \t\r".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return new String[] {line.substring(0, end), rest};
  }
}
