package io.opadynamodb.sample.web;

import io.opadynamodb.spring.PolicyCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Servers, guarded by RBAC: the path's id is {@code input.resource.id}, the action is read or write. */
@RestController
public class ServersController {

  @PolicyCheck(value = "rbac.allow", action = "read", resourceType = "server")
  @GetMapping("/servers/{id}")
  public Map<String, Object> read(@PathVariable String id) {
    return Map.of("type", "server", "id", id);
  }

  /** Takes any JSON (or none): an object's fields are merged into the server, anything else is its content. */
  @PolicyCheck(value = "rbac.allow", action = "write", resourceType = "server")
  @PutMapping("/servers/{id}")
  public Map<String, Object> write(@PathVariable String id, @RequestBody(required = false) Object body) {
    Map<String, Object> server = new LinkedHashMap<>();
    if (body instanceof Map<?, ?> fields) {
      fields.forEach((k, v) -> server.put(String.valueOf(k), v));
    } else if (body != null) {
      server.put("content", body);
    }
    server.put("type", "server");
    server.put("id", id);
    return server;
  }
}
