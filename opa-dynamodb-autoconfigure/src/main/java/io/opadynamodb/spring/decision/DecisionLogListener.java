package io.opadynamodb.spring.decision;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON line per decision to the SLF4J logger {@code opa.decisions} (at INFO): decision id, when it was
 * made, policy, allow, outcome, reasons, duration in microseconds, policy revision, the error of a failed decision,
 * and the input with the configured paths masked.
 *
 * <p>With a flush interval, request threads only queue the decision and a background thread formats and writes
 * the queued lines every interval (see {@link DecisionLogBuffer}); {@link #close()} writes what is left. Without
 * one, each line is formatted and written on the request thread.
 */
public class DecisionLogListener implements DecisionListener, AutoCloseable {
  /** The logger name; route or silence it with ordinary logging configuration. */
  public static final String LOGGER = "opa.decisions";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);
  /** Writes the values that are not maps, lists or JSON scalars (a customizer may add any object). */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * A decision waiting to be written, with the request thread's MDC (trace and span ids, for instance) so that
   * the line written later by the background thread carries the same context as the request's other lines.
   */
  private record Entry(Decision decision, Map<String, Object> input, Instant at, Map<String, String> mdc) {}

  private final InputMask mask;
  private final boolean includeInput;
  private final DecisionLogBuffer<Entry> buffer;

  /** Writes each line on the request thread. */
  public DecisionLogListener(InputMask mask, boolean includeInput) {
    this(mask, includeInput, Duration.ZERO, 0);
  }

  /**
   * @param flushInterval how often queued lines are written; zero writes each line on the request thread
   * @param bufferCapacity the most lines queued; beyond it a request thread writes its line itself
   */
  public DecisionLogListener(InputMask mask, boolean includeInput, Duration flushInterval, int bufferCapacity) {
    this.mask = mask;
    this.includeInput = includeInput;
    this.buffer = flushInterval.isZero() ? null
        : new DecisionLogBuffer<>(flushInterval, bufferCapacity, this::writeInItsContext);
  }

  @Override
  public void onDecision(Decision decision, Map<String, Object> input) {
    if (!log.isInfoEnabled()) {
      return;
    }
    if (buffer == null) {
      write(new Entry(decision, input, Instant.now(), null));
      return;
    }
    Entry entry = new Entry(decision, input, Instant.now(), MDC.getCopyOfContextMap());
    if (!buffer.offer(entry)) {
      write(entry); // on the request thread, whose MDC it is
    }
  }

  /** Writes the lines still queued and stops the background writer. */
  @Override
  public void close() {
    if (buffer != null) {
      buffer.close();
    }
  }

  private void write(Entry entry) {
    log.info(line(entry.decision(), entry.input(), entry.at()));
  }

  /** Writes a queued entry with the MDC of the request that made it, then puts the writing thread's own back. */
  private void writeInItsContext(Entry entry) {
    Map<String, String> own = MDC.getCopyOfContextMap();
    MDC.setContextMap(entry.mdc() == null ? Map.of() : entry.mdc());
    try {
      write(entry);
    } finally {
      MDC.setContextMap(own == null ? Map.of() : own);
    }
  }

  /**
   * The log line of a decision, fields in the order above (decision id first). Written with Jackson's streaming
   * generator: the input is plain maps, lists and scalars, and looking a serializer up for each value of each map
   * costs more than writing it.
   */
  String line(Decision decision, Map<String, Object> input, Instant at) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("decision_id", decision.id());
      json.writeStringProperty("timestamp", at.toString());
      json.writeStringProperty("policy", decision.policy());
      json.writeBooleanProperty("allow", decision.allowed());
      json.writeStringProperty("outcome", decision.outcome().tag());
      json.writeName("reasons");
      write(json, decision.reasons());
      json.writeNumberProperty("duration_us", decision.duration().toNanos() / 1000);
      json.writeStringProperty("revision", decision.revision());
      if (decision.error() != null) {
        json.writeStringProperty("error", decision.error());
      }
      if (includeInput) {
        json.writeName("input");
        write(json, mask.apply(input));
      }
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, Object value) {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeName(String.valueOf(e.getKey()));
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        write(json, element);
      }
      json.writeEndArray();
    } else {
      json.writePOJO(value); // doubles, arrays, records, dates: Jackson's own serializers
    }
  }
}
