package io.opadynamodb.spring.web;

import io.opadynamodb.spring.PolicyCheck;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A small web application with annotated endpoints, for the MockMvc tests. */
@SpringBootApplication
public class TestApplication {

  /** Record bodies check that the resource expression's object is turned into fields. */
  public record Vm(String name, String image, int cpus) {}

  @RestController
  static class Endpoints {
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

    @PolicyCheck("storage.deny")
    @GetMapping("/buckets")
    Map<String, String> buckets() {
      return Map.of();
    }

    @GetMapping("/open")
    Map<String, String> open() {
      return Map.of("open", "yes");
    }
  }
}
