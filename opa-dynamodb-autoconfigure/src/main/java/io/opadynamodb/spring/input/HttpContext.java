package io.opadynamodb.spring.input;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the HTTP parts of the input document (headers, path, query) from a servlet request. */
final class HttpContext {
  /** Never copied into the input: credentials. */
  static final Set<String> ALWAYS_EXCLUDED = Set.of("authorization", "cookie");

  private HttpContext() {}

  /** Header names lower-cased, repeated headers joined with {@code ", "}; excluded names left out. */
  static Map<String, Object> headers(HttpServletRequest request, Set<String> excluded) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (ALWAYS_EXCLUDED.contains(lower) || excluded.contains(lower)) {
        continue;
      }
      out.put(lower, String.join(", ", Collections.list(request.getHeaders(name))));
    }
    return out;
  }

  /** The request path without the context path. */
  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String contextPath = request.getContextPath();
    return contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)
        ? uri.substring(contextPath.length()) : uri;
  }

  /**
   * The decoded, non-empty path segments.
   *
   * @throws PolicyInputException for malformed percent-encoding
   */
  static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      // Most segments have no escape, and decoding is then the identity ('+' is literal in a path).
      out.add(part.indexOf('%') < 0 ? part : decode(part.replace("+", "%2B"), "path segment"));
    }
    return out;
  }

  /**
   * Query parameters from the query string only (never the form body): name to the list of its values.
   *
   * @throws PolicyInputException for malformed percent-encoding
   */
  static Map<String, Object> query(HttpServletRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query parameter");
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "query parameter");
      @SuppressWarnings("unchecked")
      List<Object> values = (List<Object>) out.computeIfAbsent(name, n -> new ArrayList<>());
      values.add(value);
    }
    return out;
  }

  /** The first value of a query parameter, or null. */
  static String firstQueryValue(Map<String, Object> query, String name) {
    Object values = query.get(name);
    return values instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
  }

  private static String decode(String text, String what) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new PolicyInputException("malformed " + what + " encoding: " + e.getMessage());
    }
  }
}
