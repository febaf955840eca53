package io.opadynamodb.spring.input;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Builds the input document of a policy check, in the AuthZEN-style shape of the OPA Spring Boot SDK plus
 * {@code policy} and {@code explain}:
 *
 * <pre>{@code
 * {"subject":  {"type", "id", "authenticated", "authorities": [...], "attributes": {...}},
 *  "resource": {"type", "id", ...fields of the resource expression},
 *  "action":   {"name", "protocol", "headers": {...}},
 *  "context":  {"type": "http", "host", "ip", "port", "method", "path", "segments": [...], "query": {...},
 *               "data": {...}},
 *  "policy":   "compute.deny",
 *  "explain":  false}
 * }</pre>
 */
public class PolicyInputBuilder {
  private final ExplainSwitch explain;
  private final Set<String> excludedHeaders;
  private final List<SubjectAttributesProvider> attributeProviders;
  private final List<PolicyInputCustomizer> customizers;
  private final Function<Object, Object> toPlainJava;

  /**
   * @param explain when clients may ask for explanations
   * @param excludedHeaders lower-case header names never copied, besides {@code authorization} and {@code cookie}
   * @param attributeProviders sources of {@code subject.attributes}
   * @param customizers run last, in order
   * @param toPlainJava turns the resource expression's object into maps, lists and scalars (e.g. with Jackson)
   */
  public PolicyInputBuilder(ExplainSwitch explain, Set<String> excludedHeaders,
      List<SubjectAttributesProvider> attributeProviders, List<PolicyInputCustomizer> customizers,
      Function<Object, Object> toPlainJava) {
    this.explain = explain;
    this.excludedHeaders = Set.copyOf(excludedHeaders);
    this.attributeProviders = List.copyOf(attributeProviders);
    this.customizers = List.copyOf(customizers);
    this.toPlainJava = toPlainJava;
  }

  /**
   * Builds the input.
   *
   * @throws PolicyInputException when the request cannot be represented (malformed encoding, a resource that
   *     JSON cannot carry)
   */
  public Map<String, Object> build(PolicyInputRequest request) {
    HttpServletRequest http = request.httpRequest();
    Map<String, Object> query = http == null ? new LinkedHashMap<>() : HttpContext.query(http);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("subject", subject(request.authentication()));
    input.put("resource", resource(request));
    input.put("action", action(request, http));
    input.put("context", context(request, http, query));
    input.put("policy", request.policy().toString());
    input.put("explain", explain.requested(http, query));
    for (PolicyInputCustomizer customizer : customizers) {
      customizer.customize(request, input);
    }
    input.put("policy", request.policy().toString());
    return input;
  }

  private Map<String, Object> subject(Authentication auth) {
    Map<String, Object> subject = new LinkedHashMap<>();
    boolean authenticated = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    subject.put("type", authenticated ? "user" : "anonymous");
    subject.put("id", auth == null ? "anonymous" : auth.getName());
    subject.put("authenticated", authenticated);
    List<Object> authorities = new ArrayList<>();
    if (auth != null) {
      for (GrantedAuthority a : auth.getAuthorities()) {
        authorities.add(a.getAuthority());
      }
    }
    subject.put("authorities", authorities);
    subject.put("attributes", authenticated ? attributes(auth) : new LinkedHashMap<>());
    return subject;
  }

  private Map<String, Object> attributes(Authentication auth) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (attributeProviders.isEmpty()) {
      Object source = auth.getPrincipal() instanceof Map<?, ?> ? auth.getPrincipal() : auth.getDetails();
      if (source instanceof Map<?, ?> map) {
        map.forEach((k, v) -> attributes.put(String.valueOf(k), plain(v, "subject attribute")));
      }
      return attributes;
    }
    for (SubjectAttributesProvider provider : attributeProviders) {
      provider.attributes(auth).forEach((k, v) -> attributes.put(k, plain(v, "subject attribute")));
    }
    return attributes;
  }

  private Map<String, Object> resource(PolicyInputRequest request) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("type", request.resourceType().isEmpty() ? request.policy().group() : request.resourceType());
    String id = request.pathVariables().get("id");
    if (id != null) {
      resource.put("id", id);
    }
    if (request.resource() != null) {
      Object fields = plain(request.resource(), "resource");
      if (fields instanceof Map<?, ?> map) {
        map.forEach((k, v) -> resource.put(String.valueOf(k), v));
      } else if (fields != null) {
        resource.put("id", fields);
      }
    }
    return resource;
  }

  private Map<String, Object> action(PolicyInputRequest request, HttpServletRequest http) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("name", request.action().isEmpty()
        ? ActionNames.forHttpMethod(http == null ? null : http.getMethod()) : request.action());
    action.put("protocol", http == null ? "method" : http.getProtocol());
    action.put("headers", http == null ? new LinkedHashMap<String, Object>() : HttpContext.headers(http, excludedHeaders));
    return action;
  }

  private Map<String, Object> context(PolicyInputRequest request, HttpServletRequest http, Map<String, Object> query) {
    Map<String, Object> context = new LinkedHashMap<>();
    if (http == null) {
      context.put("type", "method");
      if (request.invocation() != null) {
        context.put("class", request.invocation().getMethod().getDeclaringClass().getName());
        context.put("method", request.invocation().getMethod().getName());
      }
    } else {
      context.put("type", "http");
      context.put("host", http.getRemoteHost());
      context.put("ip", http.getRemoteAddr());
      context.put("port", http.getRemotePort());
      context.put("method", http.getMethod());
      String path = HttpContext.path(http);
      context.put("path", path);
      context.put("segments", HttpContext.segments(path));
      context.put("query", query);
    }
    context.put("data", new LinkedHashMap<String, Object>());
    return context;
  }

  private Object plain(Object value, String what) {
    try {
      return toPlainJava.apply(value);
    } catch (RuntimeException e) {
      throw new PolicyInputException("the " + what + " cannot be used as policy input: " + e.getMessage());
    }
  }
}
