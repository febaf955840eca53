package io.opadynamodb.spring.web;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.decision.Decision;
import io.opadynamodb.spring.decision.DecisionListener;
import io.opadynamodb.spring.input.PolicyInputCustomizer;
import io.opadynamodb.spring.input.SubjectAttributesProvider;
import io.opadynamodb.spring.security.PolicyAuthorizationManagers;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A small web application with annotated endpoints, for the MockMvc tests. */
@SpringBootApplication
@EnableMethodSecurity
@SuppressWarnings("unchecked")
public class TestApplication {

  /** Record bodies check that the resource expression's object is turned into fields. */
  public record Vm(String name, String image, int cpus) {}

  /** The last decision and its input, for tests that look at the input document. */
  static final AtomicReference<Map<String, Object>> lastInput = new AtomicReference<>();
  static final AtomicReference<Decision> lastDecision = new AtomicReference<>();

  @Bean
  DecisionListener recordingListener() {
    return (decision, input) -> {
      lastDecision.set(decision);
      lastInput.set(input);
    };
  }

  /** Adds application facts, and tries (in vain) to change the policy. */
  @Bean
  PolicyInputCustomizer tenantCustomizer() {
    return (request, input) -> {
      ((Map<String, Object>) ((Map<String, Object>) input.get("context")).get("data")).put("tenant", "t1");
      input.put("policy", "storage.deny");
    };
  }

  @Bean
  SubjectAttributesProvider directory() {
    return authentication -> authentication.getName().equals("alice") ? Map.of("tenure", 15) : Map.of();
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, PolicyAuthorizationManagers policies,
      PolicyAccessDeniedHandler deniedHandler) throws Exception {
    return http
        .authorizeHttpRequests(a -> a.requestMatchers("/reports/{id}").access(policies.policy("reports.allow"))
            .anyRequest().authenticated())
        .exceptionHandling(e -> e.accessDeniedHandler(deniedHandler))
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  /** Class-level @PolicyCheck on a service bean that is not a controller. */
  @Service
  @PolicyCheck(value = "audit.allow", action = "audit")
  static class AuditService {
    String trail() {
      return "trail";
    }
  }

  @RestController
  static class Endpoints {
    private final AuditService audit;

    Endpoints(AuditService audit) {
      this.audit = audit;
    }

    @PolicyCheck(value = "compute.deny", resource = "#body")
    @PostMapping("/compute/vms")
    @ResponseStatus(HttpStatus.CREATED)
    Vm create(@RequestBody Vm body) {
      return body;
    }

    @PolicyCheck(value = "rbac.allow", resourceType = "server")
    @GetMapping("/servers/{id}")
    Map<String, String> server(@PathVariable String id) {
      return Map.of("id", id);
    }

    @PolicyCheck(value = "rbac.allow", action = "write", resource = "{'type': 'server', 'id': #id, 'size': #body['size']}")
    @PutMapping("/servers/{id}")
    Map<String, Object> write(@PathVariable String id, @RequestBody Map<String, Object> body) {
      return body;
    }

    @PolicyCheck(value = "compute.deny", resource = "#body['spec']['cpus']")
    @PostMapping("/compute/specs")
    Map<String, Object> spec(@RequestBody Map<String, Object> body) {
      return body;
    }

    @PolicyCheck("storage.deny")
    @GetMapping("/buckets")
    Map<String, String> buckets() {
      return Map.of();
    }

    @PolicyCheck("slow.deny")
    @GetMapping("/slow")
    Map<String, String> slow() {
      return Map.of();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PolicyCheck("rbac.allow")
    @GetMapping("/admin/servers/{id}")
    Map<String, String> admin(@PathVariable String id) {
      return Map.of("id", id);
    }

    @GetMapping("/audit")
    Map<String, String> audit() {
      return Map.of("trail", audit.trail());
    }

    @GetMapping("/reports/{id}")
    Map<String, String> report(@PathVariable String id) {
      return Map.of("report", id);
    }

    @GetMapping("/open")
    Map<String, String> open() {
      return Map.of("open", "yes");
    }
  }
}
