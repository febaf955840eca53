package io.opadynamodb.bench.policycheck;

import io.opadynamodb.spring.PolicyCheck;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same handler twice: the two endpoints differ only by {@code @PolicyCheck}, so the latency between them is
 * what the annotation adds (input building, evaluation of the router and the RBAC policy, decision log, metrics).
 */
@RestController
public class ServerEndpoints {
  /** The path of the endpoint without the annotation; append a server id. */
  public static final String PLAIN = "/plain/servers/";
  /** The path of the endpoint with {@code @PolicyCheck("rbac.allow")}; append a server id. */
  public static final String CHECKED = "/checked/servers/";

  @GetMapping(PLAIN + "{id}")
  public Map<String, Object> plain(@PathVariable String id) {
    return server(id);
  }

  @PolicyCheck(value = "rbac.allow", resourceType = "server")
  @GetMapping(CHECKED + "{id}")
  public Map<String, Object> checked(@PathVariable String id) {
    return server(id);
  }

  private static Map<String, Object> server(String id) {
    return Map.of("type", "server", "id", id);
  }
}
