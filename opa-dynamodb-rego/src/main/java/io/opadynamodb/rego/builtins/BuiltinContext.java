package io.opadynamodb.rego.builtins;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.value.ObjectValue;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What a built-in may use from the evaluation that calls it. One context serves one query
 * evaluation (one decision); it is not shared between threads.
 */
public interface BuiltinContext {
  /** The evaluation's clock, fixed for the whole query (as {@code time.now_ns} must be). */
  long nowNanos();

  /**
   * A per-evaluation map for memoising results (for example {@code http.send} responses,
   * {@code rand.intn} draws, DynamoDB lookups): the same call twice in one decision returns the
   * same value. Keys should include the built-in's name.
   */
  Map<Object, Object> evaluationCache();

  /** A cache shared across evaluations of the same prepared policy set (thread-safe). */
  Map<Object, Object> sharedCache();

  /** True when built-in errors stop evaluation instead of making the call undefined. */
  boolean strictBuiltinErrors();

  /** The location of the call being evaluated. */
  Location location();

  /** The value {@code opa.runtime()} returns. */
  ObjectValue runtime();

  /** Random source for {@code rand.intn} and UUID generation. */
  RandomGenerator random();

  /** Writes a line of {@code print} output (with the call's location). */
  void print(String line);

  /**
   * The hosts {@code http.send} and {@code net.lookup_ip_addr} may reach (the capabilities'
   * {@code allow_net}), or null when every host is allowed.
   */
  default Set<String> allowNet() {
    return null;
  }

  /** Throws {@link io.opadynamodb.rego.EvaluationCancelledException} when the evaluation was cancelled or timed out. */
  void checkCancelled();
}
