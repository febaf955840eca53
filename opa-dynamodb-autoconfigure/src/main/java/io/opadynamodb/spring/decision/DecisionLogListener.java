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
 *
 * <p>With a queue capacity, lines are formatted and written by a background thread ({@code opa-decision-log}),
 * off the request's latency; entries beyond the capacity are dropped and reported. The logging MDC of the
 * request is then not available to the appender: the decision id ties a line to its request.
 */
public class DecisionLogListener implements DecisionListener, AutoCloseable {
  /** The logger name; route or silence it with ordinary logging configuration. */
  public static final String LOGGER = "opa.decisions";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);
  /** Jackson keeps the field order above (decision id first), which Rego's sorted objects would not. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final InputMask mask;
  private final boolean includeInput;
  private final BackgroundLogQueue queue;

  /** A listener writing on the deciding thread. */
  public DecisionLogListener(InputMask mask, boolean includeInput) {
    this(mask, includeInput, 0);
  }

  /**
   * @param queueCapacity the most entries waiting for the background writer; 0 writes on the deciding thread
   */
  public DecisionLogListener(InputMask mask, boolean includeInput, int queueCapacity) {
    if (queueCapacity < 0) {
      throw new IllegalArgumentException("the queue capacity must be 0 or more, got " + queueCapacity);
    }
    this.mask = mask;
    this.includeInput = includeInput;
    this.queue = queueCapacity == 0 ? null : new BackgroundLogQueue(queueCapacity, "opa-decision-log");
  }

  /** Logs the decision; the input must not change afterwards (the starter builds a new one per decision). */
  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    if (!log.isInfoEnabled()) {
      return;
    }
    if (queue == null) {
      log.info(line(decision, input));
    } else {
      queue.submit(() -> log.info(line(decision, input)));
    }
  }

  /** Entries dropped because the background queue was full. */
  public long dropped() {
    return queue == null ? 0 : queue.dropped();
  }

  /** Writes the queued entries, then stops the background writer (Spring calls it when the context closes). */
  @Override
  public void close() {
    if (queue != null) {
      queue.close();
    }
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
