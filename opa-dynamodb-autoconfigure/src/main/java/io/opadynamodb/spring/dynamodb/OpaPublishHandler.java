package io.opadynamodb.spring.dynamodb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST <actuator base path>/opa}: the publish and rollback operation of the {@link OpaEndpoint}. Actuator
 * write operations only bind flat string values, so the nested JSON body ({@code modules}, {@code data}) is read
 * here; the handler mapping sits before the actuator's and matches POST to that one path only (GET stays the
 * actuator's read operation). It is under the actuator path, so the application's actuator security applies.
 */
public final class OpaPublishHandler extends AbstractHandlerMapping implements HttpRequestHandler {
  private final OpaEndpoint endpoint;
  private final String path;
  private final JsonMapper json;

  /**
   * @param basePath the actuator base path ({@code management.endpoints.web.base-path}, e.g. {@code /actuator})
   */
  public OpaPublishHandler(OpaEndpoint endpoint, String basePath, JsonMapper json) {
    this.endpoint = endpoint;
    this.path = (basePath.endsWith("/") ? basePath : basePath + "/") + "opa";
    this.json = json;
    // before the actuator's endpoint mapping (order -100), which would refuse a nested body
    setOrder(-200);
  }

  @Override
  protected Object getHandlerInternal(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    boolean match = "POST".equals(request.getMethod()) && (uri.equals(path) || uri.equals(path + "/"));
    return match ? this : null;
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OpaEndpoint.Answer answer;
    Map<String, Object> body = null;
    try {
      Object parsed = json.readValue(request.getInputStream(), Object.class);
      if (parsed instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        body = typed;
      }
    } catch (JacksonException e) {
      body = null;
    }
    if (body == null) {
      String message = "the body must be a JSON object: {\"modules\":{...},\"data\":{...},\"delete\":[...],"
          + "\"expected_revision\":N} or {\"rollback_to\":N}";
      answer = new OpaEndpoint.Answer(400, Map.of("message", message, "errors", List.of(message)));
    } else {
      Principal principal = request.getUserPrincipal();
      answer = endpoint.publish(body, principal == null ? "actuator" : principal.getName());
    }
    response.setStatus(answer.status());
    response.setContentType("application/json");
    json.writeValue(response.getOutputStream(), answer.body());
  }
}
