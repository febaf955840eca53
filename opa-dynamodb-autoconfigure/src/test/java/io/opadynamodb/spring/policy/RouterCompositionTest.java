package io.opadynamodb.spring.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.value.JavaValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped router on real compiled packages (the package index written by the compiler, not mocked). */
class RouterCompositionTest {
  private static final String CPUS = """
      package policies.compute.cpus
      deny contains sprintf("too many cpus: %d", [input.resource.cpus]) if input.resource.cpus > 8
      """;
  private static final String IMAGES = """
      package policies.compute.images
      deny contains "image not from registry.internal/" if not startswith(input.resource.image, "registry.internal/")
      """;
  private static final String NESTED = """
      package policies.compute.team.gpu.limits
      deny contains "no gpus" if input.resource.gpus > 0
      """;
  private static final String RBAC = """
      package policies.rbac
      default allow := false
      allow if input.subject.id in data.rbac.admins
      """;

  private final PolicySetCompiler compiler = new PolicySetCompiler();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> decide(ActivePolicies active, Map<String, Object> input) {
    var result = active.decision().evaluate(EvalOptions.builder().input(input).build());
    return (Map<String, Object>) JavaValues.toJava(result.rows().get(0).expressions().get(0));
  }

  private ActivePolicies compileAll() {
    return compiler.compile(PolicyBundle.builder("r1")
        .module("cpus.rego", CPUS).module("images.rego", IMAGES).module("nested.rego", NESTED)
        .module("rbac.rego", RBAC)
        .dataJson("rbac/data.json", List.of("rbac"), "{\"admins\": [\"alice\"]}")
        .build());
  }

  @Test
  void everyPackageUnderTheGroupIsEvaluatedIncludingNestedOnes() {
    Map<String, Object> d = decide(compileAll(), Map.of("policy", "compute.deny", "explain", true,
        "resource", Map.of("cpus", 16, "image", "docker.io/x", "gpus", 1)));
    assertThat(d.get("allow")).isEqualTo(false);
    assertThat((List<Object>) d.get("reasons"))
        .containsExactly("image not from registry.internal/", "no gpus", "too many cpus: 16");
    assertThat((Map<String, Object>) d.get("explain")).containsOnlyKeys("policies.compute.cpus",
        "policies.compute.images", "policies.compute.team.gpu.limits");
  }

  @Test
  void cleanResourceIsAllowed() {
    Map<String, Object> d = decide(compileAll(), Map.of("policy", "compute.deny",
        "resource", Map.of("cpus", 2, "image", "registry.internal/x", "gpus", 0)));
    assertThat(d).containsEntry("allow", true).containsEntry("reasons", List.of()).doesNotContainKey("explain");
  }

  @Test
  void booleanRuleReadsDataPlacedAtItsFolder() {
    ActivePolicies active = compileAll();
    assertThat(decide(active, Map.of("policy", "rbac.allow", "subject", Map.of("id", "alice"))))
        .containsEntry("allow", true);
    assertThat(decide(active, Map.of("policy", "rbac.allow", "subject", Map.of("id", "bob"))))
        .containsEntry("allow", false).containsEntry("reasons", List.of("policies.rbac.allow is false"));
  }

  @Test
  void unknownGroupIsDeniedByDefault() {
    assertThat(decide(compileAll(), Map.of("policy", "network.deny")))
        .containsEntry("allow", false).containsEntry("reasons", List.of("no policy for network"));
  }

  @Test
  void routingTableInDataLimitsWhatAGroupReaches() {
    ActivePolicies active = compiler.compile(PolicyBundle.builder("r1")
        .module("cpus.rego", CPUS).module("images.rego", IMAGES)
        .dataJson("routing/data.json", List.of("routing"), "{\"vm\": [\"compute.cpus\"]}")
        .build());
    Map<String, Object> resource = Map.of("cpus", 1, "image", "docker.io/x");
    assertThat(decide(active, Map.of("policy", "vm.deny", "resource", resource))).containsEntry("allow", true);
    assertThat(decide(active, Map.of("policy", "compute.deny", "resource", resource)))
        .containsEntry("reasons", List.of("no policy for compute"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void routesAreComputedOnceAtCompileTimeAndWrittenInTheIndex() {
    ActivePolicies active = compileAll();
    Map<String, Object> data = (Map<String, Object>) JavaValues.toJava(active.policySet().data());
    Map<String, Object> routes = (Map<String, Object>) ((Map<String, Object>) data.get("opadynamodb")).get("routes");
    assertThat(routes).containsOnlyKeys("compute", "rbac");
    Map<String, Object> compute = (Map<String, Object>) routes.get("compute");
    assertThat((List<Object>) compute.get("targets"))
        .containsExactly("compute.cpus", "compute.images", "compute.team.gpu.limits");
    assertThat((Map<String, Object>) compute.get("rules")).containsOnlyKeys("deny");
    assertThat((List<Object>) ((Map<String, Object>) compute.get("rules")).get("deny")).containsExactly(
        Map.of("name", "compute.cpus", "path", List.of("compute", "cpus")),
        Map.of("name", "compute.images", "path", List.of("compute", "images")),
        Map.of("name", "compute.team.gpu.limits", "path", List.of("compute", "team", "gpu", "limits")));
  }

  @Test
  void aRouteTableThatFailsToEvaluateRejectsThePolicySet() {
    assertThatThrownBy(() -> compiler.compile(PolicyBundle.builder("r1")
        .module("my-router.rego", """
            package opadynamodb.router
            route_table := {"x": 1} if input.never
            route_table := {"x": 2} if true
            route_table := {"x": 3} if true
            decision := {"allow": true, "reasons": []}
            """)
        .build()))
        .isInstanceOf(PolicyLoadException.class)
        .hasMessageContaining("the router's route table");
  }

  @Test
  void aUserModuleInTheRouterPackageReplacesTheShippedRouter() {
    ActivePolicies active = compiler.compile(PolicyBundle.builder("r1")
        .module("my-router.rego", """
            package opadynamodb.router
            decision := {"allow": true, "reasons": ["mine"]}
            """)
        .build());
    assertThat(decide(active, Map.of("policy", "compute.deny"))).containsEntry("reasons", List.of("mine"));
  }

  @Test
  void packagesDeeperThanTheRouterReachAreRejectedWithTheirLocation() {
    assertThatThrownBy(() -> compiler.compile(PolicyBundle.builder("r1")
        .module("deep.rego", "package policies.a.b.c.d.e.f\nx := 1\n").build()))
        .isInstanceOf(PolicyLoadException.class)
        .hasMessageContaining("deep.rego:1:1: package policies.a.b.c.d.e.f is deeper than the router reaches");
  }
}
