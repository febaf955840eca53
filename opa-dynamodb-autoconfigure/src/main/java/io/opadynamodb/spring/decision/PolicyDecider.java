package io.opadynamodb.spring.decision;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.spring.policy.ActivePolicies;
import io.opadynamodb.spring.policy.PolicyEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes decisions: evaluates the decision query of the active policy set on an input document and reads the
 * decision {@code {"allow", "reasons", "explain"?}}. Errors, timeouts, a missing policy set and a malformed
 * decision all end as {@link Decision.Outcome#ERROR}, logged with the decision id; never as an allow.
 */
public class PolicyDecider {
  private static final Logger log = LoggerFactory.getLogger(PolicyDecider.class);
  /** What a client is told about a failed evaluation; the details go to the log only. */
  static final String FAILED = "policy evaluation failed";

  private final PolicyEngine engine;
  private final Duration timeout;
  private final boolean strictBuiltinErrors;
  private final List<DecisionListener> listeners;

  /**
   * @param timeout the longest an evaluation may run (it is cancelled and fails after that)
   * @param strictBuiltinErrors whether built-in errors fail the evaluation (as {@code opa eval --strict-builtin-errors})
   */
  public PolicyDecider(PolicyEngine engine, Duration timeout, boolean strictBuiltinErrors,
      List<DecisionListener> listeners) {
    this.engine = engine;
    this.timeout = timeout;
    this.strictBuiltinErrors = strictBuiltinErrors;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Decides {@code policy} on {@code input}.
   *
   * @param policy the policy reference (also expected at {@code input.policy})
   * @param input the input document (plain Java: maps, lists, strings, numbers, booleans)
   */
  public Decision decide(String policy, Map<String, Object> input) {
    String id = newId();
    long start = System.nanoTime();
    ActivePolicies active = engine.active().orElse(null);
    Decision decision;
    if (active == null) {
      decision = failed(id, policy, null, start, "no policy set is active");
    } else {
      decision = evaluate(id, policy, input, active, start);
    }
    if (decision.outcome() == Decision.Outcome.ERROR) {
      log.warn("Decision {} on {} failed (revision {}): {}", id, policy, decision.revision(), decision.error());
    }
    notifyListeners(decision, input);
    return decision;
  }

  private Decision evaluate(String id, String policy, Map<String, Object> input, ActivePolicies active, long start) {
    try {
      EvalOptions options = EvalOptions.builder().input(input).timeout(timeout)
          .strictBuiltinErrors(strictBuiltinErrors).build();
      EvalResult result = active.decision().evaluate(options);
      if (result.isUndefined()) {
        return failed(id, policy, active.revision(), start, "the decision is undefined");
      }
      return read(id, policy, active.revision(), start, result.rows().get(0).expressions().get(0));
    } catch (RegoException e) {
      return failed(id, policy, active.revision(), start, e.getMessage());
    } catch (RuntimeException e) {
      // Unexpected engine failure or an input that is not JSON-like: still a denial, never a 500 with a trace.
      return failed(id, policy, active.revision(), start, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Decision read(String id, String policy, String revision, long start, Value value) {
    if (!(value instanceof ObjectValue doc) || !(doc.get("allow") instanceof BooleanValue allow)) {
      return failed(id, policy, revision, start, "the decision is not an object with a boolean allow: " + value);
    }
    List<String> reasons = new ArrayList<>();
    if (doc.get("reasons") instanceof ArrayValue list) {
      for (Value r : list.elements()) {
        reasons.add(r instanceof StringValue s ? s.value() : r.toString());
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> explain = doc.get("explain") instanceof ObjectValue o
        ? (Map<String, Object>) JavaValues.toJava(o) : null;
    Decision.Outcome outcome = allow.value() ? Decision.Outcome.ALLOW : Decision.Outcome.DENY;
    return new Decision(id, policy, outcome, reasons, explain, revision, since(start), null);
  }

  private static Decision failed(String id, String policy, String revision, long start, String error) {
    return new Decision(id, policy, Decision.Outcome.ERROR, List.of(FAILED), null, revision, since(start), error);
  }

  private void notifyListeners(Decision decision, Map<String, Object> input) {
    for (DecisionListener listener : listeners) {
      try {
        listener.onDecision(decision, input);
      } catch (RuntimeException e) {
        log.warn("Decision listener {} failed on decision {}: {}", listener.getClass().getName(), decision.id(),
            e.toString());
      }
    }
  }

  /**
   * A random (version 4) UUID. Decision ids only need to be unique, not unguessable, so this avoids the shared
   * SecureRandom of {@link UUID#randomUUID()}, a point of contention under concurrent requests.
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
