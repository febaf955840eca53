package io.opadynamodb.spring.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.spring.policy.PolicyBundle;
import io.opadynamodb.spring.policy.PolicyEngine;
import io.opadynamodb.spring.policy.PolicySetCompiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a decision can fail ends as an ERROR outcome, never an allow. */
class PolicyDeciderTest {
  private final List<Decision> seen = new ArrayList<>();

  private PolicyDecider decider(String routerModule) {
    PolicyEngine engine = new PolicyEngine(() -> null, new PolicySetCompiler());
    if (routerModule != null) {
      engine.activate(PolicyBundle.builder("r1").module("router.rego", routerModule).build());
    }
    DecisionListener recording = (decision, input) -> seen.add(decision);
    DecisionListener broken = (decision, input) -> {
      throw new IllegalStateException("a broken listener changes nothing");
    };
    return new PolicyDecider(engine, Duration.ofSeconds(5), false, List.of(recording, broken));
  }

  @Test
  void allowAndDenyAreReadFromTheDecisionDocument() {
    Decision d = decider("package opadynamodb.router\ndecision := {\"allow\": input.ok, \"reasons\": [\"r\"]}\n")
        .decide("x.allow", Map.of("ok", true));
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ALLOW);
    assertThat(d.reasons()).containsExactly("r");
    assertThat(d.revision()).isEqualTo("r1");
    assertThat(seen).containsExactly(d);
  }

  @Test
  void decisionIdsAreVersion4UuidsAndDiffer() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 100; i++) {
      java.util.UUID id = java.util.UUID.fromString(PolicyDecider.newId());
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      ids.add(id.toString());
    }
    assertThat(ids).hasSize(100);
  }

  @Test
  void noActivePolicySet() {
    Decision d = decider(null).decide("x.allow", Map.of());
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ERROR);
    assertThat(d.error()).isEqualTo("no policy set is active");
    assertThat(d.reasons()).containsExactly("policy evaluation failed");
  }

  @Test
  void undefinedDecision() {
    Decision d = decider("package opadynamodb.router\ndecision := 1 if false\n").decide("x.allow", Map.of());
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ERROR);
    assertThat(d.error()).isEqualTo("the decision is undefined");
  }

  @Test
  void malformedDecision() {
    Decision d = decider("package opadynamodb.router\ndecision := {\"allow\": \"yes\"}\n").decide("x.allow", Map.of());
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ERROR);
    assertThat(d.error()).startsWith("the decision is not an object with a boolean allow");
  }

  @Test
  void evaluationErrorCarriesTheEnginesMessage() {
    Decision d = decider("package opadynamodb.router\ndecision := {\"allow\": true}\ndecision := {\"allow\": false}"
        + " if input.x\n").decide("x.allow", Map.of("x", true));
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ERROR);
    assertThat(d.error()).contains("eval_conflict_error");
  }

  @Test
  void inputThatIsNotJsonLikeFails() {
    Decision d = decider("package opadynamodb.router\ndecision := {\"allow\": true}\n")
        .decide("x.allow", Map.of("n", Double.NaN));
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.ERROR);
  }
}
