package io.opadynamodb.spring.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON line per decision to the SLF4J logger {@code opa.decisions} (at INFO): decision id, policy,
 * allow, outcome, reasons, duration in microseconds, policy revision, the error of a failed decision, and the
 * input with the configured paths masked.
 */
public class DecisionLogListener implements DecisionListener {
  /** The logger name; route or silence it with ordinary logging configuration. */
  public static final String LOGGER = "opa.decisions";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);
  /** Jackson keeps the field order above (decision id first), which Rego's sorted objects would not. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final InputMask mask;
  private final boolean includeInput;

  public DecisionLogListener(InputMask mask, boolean includeInput) {
    this.mask = mask;
    this.includeInput = includeInput;
  }

  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    if (!log.isInfoEnabled()) {
      return;
    }
    log.info(line(decision, input));
  }

  /** The log line of a decision. */
  String line(Decision decision, Map<String, Object> input) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("decision_id", decision.id());
    entry.put("policy", decision.policy());
    entry.put("allow", decision.allowed());
    entry.put("outcome", decision.outcome().tag());
    entry.put("reasons", decision.reasons());
    entry.put("duration_us", decision.duration().toNanos() / 1000);
    entry.put("revision", decision.revision());
    if (decision.error() != null) {
      entry.put("error", decision.error());
    }
    if (includeInput) {
      entry.put("input", mask.apply(input));
    }
    return JSON.writeValueAsString(entry);
  }
}
