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

  private static final java.time.Instant AT = java.time.Instant.parse("2026-12-03T14:00:00.123456Z");

  private static final Map<String, Object> INPUT = Map.of(
      "subject", Map.of("id", "alice", "attributes", Map.of("ssn", "123-45", "title", "trader")),
      "resource", Map.of("cpus", 16));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String line) {
    return (Map<String, Object>) JavaValues.toJava(Json.parse(line));
  }

  @Test
  void oneJsonLineWithTheDecisionFacts() {
    Map<String, Object> entry = parse(new DecisionLogListener(new InputMask(List.of()), true).line(DENIED, INPUT, AT));
    assertThat(entry).containsEntry("decision_id", "id-1").containsEntry("timestamp", "2026-12-03T14:00:00.123456Z")
        .containsEntry("policy", "compute.deny")
        .containsEntry("allow", false).containsEntry("outcome", "deny")
        .containsEntry("reasons", List.of("too many cpus")).containsEntry("duration_us", 123L)
        .containsEntry("revision", "r7").containsKey("input").doesNotContainKey("error");
  }

  @Test
  void maskedPathsAreReplacedAndTheInputIsNotChanged() {
    InputMask mask = new InputMask(List.of("/subject/attributes/ssn", "/input/resource/cpus", "/no/such/path"));
    Map<String, Object> entry = parse(new DecisionLogListener(mask, true).line(DENIED, INPUT, AT));
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
    Map<String, Object> entry = parse(new DecisionLogListener(new InputMask(List.of()), false).line(failed, INPUT, AT));
    assertThat(entry).doesNotContainKey("input").containsEntry("error", "eval_conflict_error: x")
        .containsEntry("allow", false).containsEntry("outcome", "error");
  }

  @Test
  void inputValuesOfEveryKindAreWrittenAsJacksonWritesThem() {
    Map<String, Object> odd = new java.util.LinkedHashMap<>();
    odd.put("quote\"and\\", "line\nbreak \u00e9 \u2028 \ud83d\ude00 \u0001");
    odd.put("numbers", List.of(1, 2L, (short) 3, 4.5d, 6.25f, new java.math.BigDecimal("1e400"),
        new java.math.BigInteger("123456789012345678901234567890")));
    odd.put("null", null);
    odd.put("set", new java.util.TreeSet<>(List.of("b", "a")));
    odd.put("record", new Tag("t", 7));
    odd.put("array", new int[] {1, 2});
    odd.put("nested", Map.of("deep", List.of(Map.of("x", true))));
    Map<String, Object> entry = parse(new DecisionLogListener(new InputMask(List.of()), true).line(DENIED, odd, AT));
    String byJackson = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(odd);
    assertThat(entry.get("input")).isEqualTo(JavaValues.toJava(Json.parse(byJackson)));
  }

  record Tag(String name, int weight) {}

  @Test
  void bufferedLinesAreWrittenLaterAndNoneIsLostOnClose() {
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = captureDecisionLog();
    try {
      new DecisionLogListener(new InputMask(List.of()), false).onDecision(DENIED, INPUT);
      assertThat(appender.list).as("without a flush interval: written at once").hasSize(1);

      DecisionLogListener buffered = new DecisionLogListener(new InputMask(List.of()), false, Duration.ofHours(1), 10);
      buffered.onDecision(DENIED, INPUT);
      buffered.onDecision(DENIED, INPUT);
      assertThat(appender.list).as("queued for the background writer").hasSize(1);
      buffered.close();
      assertThat(appender.list).hasSize(3);
      assertThat(parse(appender.list.get(2).getFormattedMessage())).containsEntry("decision_id", "id-1")
          .containsKey("timestamp");
    } finally {
      decisionLogger().detachAppender(appender);
    }
  }

  @Test
  void aBufferedLineCarriesTheMdcOfItsRequestAndTheWriterKeepsItsOwn() throws Exception {
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = captureDecisionLog();
    DecisionLogListener buffered = new DecisionLogListener(new InputMask(List.of()), false, Duration.ofHours(1), 10);
    try {
      Thread request = new Thread(() -> {
        org.slf4j.MDC.put("traceId", "4bf92f3577b34da6");
        buffered.onDecision(DENIED, INPUT);
        org.slf4j.MDC.clear();
      });
      request.start();
      request.join();
      org.slf4j.MDC.put("closing", "main");

      buffered.close(); // writes the queued line on this thread

      assertThat(appender.list).hasSize(1);
      assertThat(appender.list.get(0).getMDCPropertyMap()).containsEntry("traceId", "4bf92f3577b34da6")
          .doesNotContainKey("closing");
      assertThat(org.slf4j.MDC.getCopyOfContextMap()).isEqualTo(Map.of("closing", "main"));
    } finally {
      org.slf4j.MDC.clear();
      decisionLogger().detachAppender(appender);
    }
  }

  private static ch.qos.logback.classic.Logger decisionLogger() {
    return (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(DecisionLogListener.LOGGER);
  }

  /** Collects what the decision logger writes until the appender is detached. */
  private static ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captureDecisionLog() {
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new ch.qos.logback.core.read.ListAppender<>();
    appender.start();
    decisionLogger().addAppender(appender);
    return appender;
  }

  @Test
  void badMaskPathsAreRejected() {
    for (String bad : List.of("subject.ssn", "/", "/a//b", "/a/")) {
      assertThatThrownBy(() -> new InputMask(List.of(bad))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("invalid mask path \"" + bad + "\"");
    }
  }
}
