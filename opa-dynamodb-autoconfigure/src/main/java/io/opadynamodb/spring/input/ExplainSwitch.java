package io.opadynamodb.spring.input;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Whether a request asks for the decision's explanation: {@code ?explain=true} or the header
 * {@code X-Policy-Explain: true} by default (both names configurable), never when disabled.
 *
 * @param enabled whether clients may ask for explanations at all
 * @param parameter the query parameter name
 * @param header the header name
 */
public record ExplainSwitch(boolean enabled, String parameter, String header) {

  /** The default: enabled, {@code explain} and {@code X-Policy-Explain}. */
  public static ExplainSwitch defaults() {
    return new ExplainSwitch(true, "explain", "X-Policy-Explain");
  }

  boolean requested(HttpServletRequest request, Map<String, Object> query) {
    if (!enabled || request == null) {
      return false;
    }
    return "true".equalsIgnoreCase(HttpContext.firstQueryValue(query, parameter))
        || "true".equalsIgnoreCase(request.getHeader(header));
  }
}
