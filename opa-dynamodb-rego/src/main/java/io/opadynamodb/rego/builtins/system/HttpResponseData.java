package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A received HTTP response (status, lower-cased headers, raw body) and its conversion to the
 * object {@code http.send} returns (OPA's prepareASTResult).
 */
record HttpResponseData(int statusCode, Map<String, List<String>> headers, byte[] body) {
  private static final Map<Integer, String> STATUS_TEXT = Map.ofEntries(
      Map.entry(100, "Continue"), Map.entry(101, "Switching Protocols"), Map.entry(200, "OK"),
      Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(203, "Non-Authoritative Information"),
      Map.entry(204, "No Content"), Map.entry(205, "Reset Content"), Map.entry(206, "Partial Content"),
      Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
      Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Request Entity Too Large"),
      Map.entry(414, "Request URI Too Long"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(418, "I'm a teapot"), Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  /** Go's resp.Status: "200 OK". */
  String status() {
    String text = STATUS_TEXT.get(statusCode);
    return text == null ? Integer.toString(statusCode) : statusCode + " " + text;
  }

  String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  ObjectValue toValue(boolean forceJson, boolean forceYaml) {
    String raw = new String(body, StandardCharsets.UTF_8);
    Value decoded = NullValue.INSTANCE;
    if (forceJson || isJsonType()) {
      try {
        decoded = Json.parse(raw);
      } catch (IllegalArgumentException e) {
        decoded = NullValue.INSTANCE;
      }
    } else if (forceYaml || header("content-type").contains("application/yaml")
        || header("content-type").contains("application/x-yaml")) {
      try {
        decoded = Json.fromJava(new Yaml(new SafeConstructor(new LoaderOptions())).load(raw));
      } catch (RuntimeException e) {
        decoded = NullValue.INSTANCE;
      }
    }
    ObjectValue.Builder h = ObjectValue.builder();
    new TreeMap<>(headers).forEach((k, v) ->
        h.put(k, ArrayValue.of(v.stream().map(s -> (Value) StringValue.of(s)).toList())));
    return ObjectValue.ofStrings("status", StringValue.of(status()), "status_code", NumberValue.of(statusCode),
        "body", decoded, "raw_body", StringValue.of(raw), "headers", h.build());
  }

  private boolean isJsonType() {
    String ct = header("content-type");
    int semi = ct.indexOf(';');
    String t = (semi >= 0 ? ct.substring(0, semi) : ct).trim().toLowerCase(Locale.ROOT);
    String[] parts = t.split("/");
    return parts.length == 2 && parts[0].equals("application")
        && (parts[1].equals("json") || parts[1].endsWith("+json"));
  }

  /** Cache-Control directives (OPA's parseCacheControlHeader). */
  Map<String, String> cacheControl() {
    Map<String, String> out = new TreeMap<>();
    for (String part : header("cache-control").split(",")) {
      part = part.strip();
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq >= 0) {
        if (part.indexOf('=', eq + 1) < 0) {
          out.put(part.substring(0, eq).strip(), part.substring(eq + 1));
        }
      } else {
        out.put(part, "");
      }
    }
    return out;
  }

  /**
   * Expiry in ns since the epoch from max-age and Date, else Expires; Long.MIN_VALUE when already
   * stale. Throws IllegalStateException when max-age is set but Date is missing or invalid.
   */
  long expiresAtNanos() {
    String maxAge = cacheControl().get("max-age");
    if (maxAge != null) {
      long seconds;
      try {
        seconds = Math.min(Long.parseLong(maxAge), Integer.MAX_VALUE);
        if (seconds < 0) {
          throw new IllegalStateException("invalid max-age");
        }
      } catch (NumberFormatException e) {
        if (maxAge.matches("[0-9]+")) {
          seconds = Integer.MAX_VALUE;
        } else {
          throw new IllegalStateException("invalid max-age");
        }
      }
      ZonedDateTime date = parseHttpDate(header("date"));
      if (date == null) {
        throw new IllegalStateException("no date header");
      }
      return date.toEpochSecond() * 1_000_000_000L + seconds * 1_000_000_000L;
    }
    ZonedDateTime expires = parseHttpDate(header("expires"));
    return expires == null ? Long.MIN_VALUE : expires.toEpochSecond() * 1_000_000_000L;
  }

  private static ZonedDateTime parseHttpDate(String s) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
