package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/** A fixed-clock built-in context for unit tests. */
final class TestContext implements BuiltinContext {
  long now = 1_670_006_453_141_828_752L;
  final Map<Object, Object> evaluationCache = new HashMap<>();
  Map<Object, Object> sharedCache = new ConcurrentHashMap<>();
  ObjectValue runtime = ObjectValue.EMPTY;
  final Random random = new Random(42);
  final List<String> printed = new ArrayList<>();

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

  /** Calls a built-in of a family by name. */
  static Value call(BuiltinFamily family, BuiltinContext ctx, String name, Value... args) {
    BuiltinRegistry r = new BuiltinRegistry();
    family.register(r);
    BuiltinFunction fn = r.get(name);
    if (fn == null) {
      throw new IllegalArgumentException("no builtin " + name);
    }
    return fn.call(ctx, args);
  }
}
