package io.opadynamodb.spring.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request bound to the current thread by Spring MVC, and its URI template variables. */
final class ServletRequests {
  /** Spring MVC's {@code HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE}, named here to not need spring-webmvc. */
  private static final String URI_VARIABLES = "org.springframework.web.servlet.HandlerMapping.uriTemplateVariables";

  private ServletRequests() {}

  static HttpServletRequest current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> pathVariables(HttpServletRequest request) {
    Object variables = request == null ? null : request.getAttribute(URI_VARIABLES);
    return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
