package io.opadynamodb.spring.input;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.core.Authentication;

/**
 * What one policy check is about, as gathered by the interceptor or the request authorization manager.
 *
 * @param policy the policy reference (from the annotation or the configuration, never from the client)
 * @param action the explicit action name, or empty to derive it from the HTTP method
 * @param resourceType the explicit resource type, or empty for the policy group
 * @param resource the object the {@code resource} expression yielded (its fields are merged into
 *     {@code input.resource}), or null
 * @param authentication the caller, or null when there is no security context
 * @param httpRequest the HTTP request being served, or null outside a request
 * @param pathVariables the URI template variables of the request ({@code id} becomes {@code resource.id})
 * @param invocation the method call being checked, or null for request-level checks
 */
public record PolicyInputRequest(PolicyReference policy, String action, String resourceType, Object resource,
    Authentication authentication, HttpServletRequest httpRequest, Map<String, String> pathVariables,
    MethodInvocation invocation) {

  public PolicyInputRequest {
    action = action == null ? "" : action;
    resourceType = resourceType == null ? "" : resourceType;
    pathVariables = pathVariables == null ? Map.of() : Map.copyOf(pathVariables);
  }
}
