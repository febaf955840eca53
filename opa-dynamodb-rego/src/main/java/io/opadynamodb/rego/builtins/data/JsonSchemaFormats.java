package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The string formats gojsonschema checks; unknown formats and non-strings always pass. */
final class JsonSchemaFormats {
  private static final Pattern UUID = Pattern.compile("^(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final Pattern HOSTNAME = Pattern.compile(
      "^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])(\\.([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9]))*$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
  private static final Pattern TIME = Pattern.compile(
      "^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$");
  private static final Pattern JSON_POINTER = Pattern.compile("^(?:/(?:[^~/]|~0|~1)*)*$");

  private JsonSchemaFormats() {}

  static boolean isFormat(String format, Value v) {
    if (!(v instanceof StringValue sv)) {
      return true;
    }
    String s = sv.value();
    switch (format) {
      case "email":
        return EMAIL.matcher(s).matches();
      case "ipv4":
        return GoNet.parseAddr(s) != null && GoNet.parseAddr(s).length == 4;
      case "ipv6":
        return s.contains(":") && GoNet.parseIP(s) != null;
      case "date-time":
        try {
          OffsetDateTime.parse(s);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case "date":
        try {
          LocalDate.parse(s);
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      case "time":
        return TIME.matcher(s).matches();
      case "hostname":
        return s.length() <= 255 && HOSTNAME.matcher(s).matches();
      case "uuid":
        return UUID.matcher(s).matches();
      case "uri":
        try {
          return !GoUrl.parse(s).scheme().isEmpty();
        } catch (GoUrl.UrlException e) {
          return false;
        }
      case "uri-reference":
        try {
          GoUrl.parse(s);
          return true;
        } catch (GoUrl.UrlException e) {
          return false;
        }
      case "regex":
        try {
          com.google.re2j.Pattern.compile(s);
          return true;
        } catch (com.google.re2j.PatternSyntaxException e) {
          return false;
        }
      case "json-pointer":
        return JSON_POINTER.matcher(s).matches();
      default:
        return true;
    }
  }
}
