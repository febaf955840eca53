package io.opadynamodb.sample.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Enumeration;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads request bodies sent without a JSON content type as JSON: every endpoint of the demo takes JSON, and
 * {@code curl -d '{...}'} without {@code -H 'Content-Type: application/json'} labels its body as a form. Runs
 * first, before anything reads the body as form parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class JsonBodiesByDefault extends OncePerRequestFilter {
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
  private static final String CONTENT_TYPE = "Content-Type";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(labelledAsForm(request) ? new JsonRequest(request) : request, response);
  }

  private static boolean labelledAsForm(HttpServletRequest request) {
    if (!WITH_BODY.contains(request.getMethod())) {
      return false;
    }
    String type = request.getContentType();
    return type == null || type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  /** The request with its content type replaced by {@code application/json}. */
  private static final class JsonRequest extends HttpServletRequestWrapper {
    JsonRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getContentType() {
      return MediaType.APPLICATION_JSON_VALUE;
    }

    @Override
    public String getHeader(String name) {
      return CONTENT_TYPE.equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return CONTENT_TYPE.equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(getContentType())) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      if (names.stream().noneMatch(CONTENT_TYPE::equalsIgnoreCase)) {
        names.add(CONTENT_TYPE);
      }
      return Collections.enumeration(names);
    }
  }
}
