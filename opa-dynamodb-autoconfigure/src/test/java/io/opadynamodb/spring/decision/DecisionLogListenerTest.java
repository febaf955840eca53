package io.opadynamodb.spring.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionLogListenerTest {
  private static final Decision DENIED = new Decision("id-1", "compute.deny", Decision.Outcome.DENY,
      List.of("too many cpus"), null, "r7", Duration.ofNanos(123_456), null);

  private static final Map<String, Object> INPUT = Map.of(
      "subject", Map.of("id", "alice", "attributes", Map.of("ssn", "123-45", "title", "trader")),
      "resource", Map.of("cpus", 16));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String line) {
    return (Map<String, Object>) JavaValues.toJava(Json.parse(line));
  }

  @Test
  void oneJsonLineWithTheDecisionFacts() {
    Map<String, Object> entry = parse(new DecisionLogListener(new InputMask(List.of()), true).line(DENIED, INPUT));
    assertThat(entry).containsEntry("decision_id", "id-1").containsEntry("policy", "compute.deny")
        .containsEntry("allow", false).containsEntry("outcome", "deny")
        .containsEntry("reasons", List.of("too many cpus")).containsEntry("duration_us", 123L)
        .containsEntry("revision", "r7").containsKey("input").doesNotContainKey("error");
  }

  @Test
  void maskedPathsAreReplacedAndTheInputIsNotChanged() {
    InputMask mask = new InputMask(List.of("/subject/attributes/ssn", "/input/resource/cpus", "/no/such/path"));
    Map<String, Object> entry = parse(new DecisionLogListener(mask, true).line(DENIED, INPUT));
    Map<String, Object> logged = (Map<String, Object>) entry.get("input");
    assertThat(logged).isEqualTo(Map.of(
        "subject", Map.of("id", "alice", "attributes", Map.of("ssn", InputMask.MASKED, "title", "trader")),
        "resource", Map.of("cpus", InputMask.MASKED)));
    assertThat(((Map<String, Object>) ((Map<String, Object>) INPUT.get("subject")).get("attributes")).get("ssn"))
        .isEqualTo("123-45");
  }

  @Test
  void inputCanBeLeftOutAndErrorsAreLogged() {
    Decision failed = new Decision("id-2", "rbac.allow", Decision.Outcome.ERROR, List.of("policy evaluation failed"),
        null, "r7", Duration.ZERO, "eval_conflict_error: x");
    Map<String, Object> entry = parse(new DecisionLogListener(new InputMask(List.of()), false).line(failed, INPUT));
    assertThat(entry).doesNotContainKey("input").containsEntry("error", "eval_conflict_error: x")
        .containsEntry("allow", false).containsEntry("outcome", "error");
  }

  @Test
  void badMaskPathsAreRejected() {
    for (String bad : List.of("subject.ssn", "/", "/a//b", "/a/")) {
      assertThatThrownBy(() -> new InputMask(List.of(bad))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("invalid mask path \"" + bad + "\"");
    }
  }
}
