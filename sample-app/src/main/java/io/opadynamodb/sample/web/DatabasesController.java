package io.opadynamodb.sample.web;

import io.opadynamodb.spring.PolicyCheck;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Databases, guarded by RBAC like the servers. */
@RestController
public class DatabasesController {

  @PolicyCheck(value = "rbac.allow", action = "read", resourceType = "database")
  @GetMapping("/databases/{id}")
  public Map<String, Object> read(@PathVariable String id) {
    return Map.of("type", "database", "id", id);
  }
}
