package io.opadynamodb.rego.builtins.testsupport;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * A built-in context for calling built-ins directly in tests: a fixed clock, a seeded random
 * source and captured {@code print} lines. The fields are open so a test can set the clock, the
 * runtime or share the inter-query cache between contexts.
 */
public final class TestContext implements BuiltinContext {
  /** What {@link #nowNanos()} answers. */
  public long now = 1_670_006_453_141_828_752L;
  /** The inter-query cache; tests share one between contexts by assigning it. */
  public Map<Object, Object> sharedCache = new ConcurrentHashMap<>();
  /** What {@link #runtime()} answers. */
  public ObjectValue runtime = ObjectValue.EMPTY;
  /** The lines built-ins printed. */
  public final List<String> printed = new ArrayList<>();
  private final Map<Object, Object> evaluationCache = new HashMap<>();
  private final Random random = new Random(42);

  /** A registry holding just the given families. */
  public static BuiltinRegistry registry(BuiltinFamily... families) {
    BuiltinRegistry r = new BuiltinRegistry();
    for (BuiltinFamily f : families) {
      f.register(r);
    }
    return r;
  }

  /** Calls a built-in of a family by name. */
  public static Value call(BuiltinFamily family, BuiltinContext ctx, String name, Value... args) {
    BuiltinFunction fn = registry(family).get(name);
    if (fn == null) {
      throw new IllegalArgumentException("no builtin " + name);
    }
    return fn.call(ctx, args);
  }

  @Override
  public long nowNanos() {
    return now;
  }

  @Override
  public Map<Object, Object> evaluationCache() {
    return evaluationCache;
  }

  @Override
  public Map<Object, Object> sharedCache() {
    return sharedCache;
  }

  @Override
  public boolean strictBuiltinErrors() {
    return true;
  }

  @Override
  public Location location() {
    return null;
  }

  @Override
  public ObjectValue runtime() {
    return runtime;
  }

  @Override
  public RandomGenerator random() {
    return random;
  }

  @Override
  public void print(String line) {
    printed.add(line);
  }

  @Override
  public void checkCancelled() {}
}
