package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.value.ObjectValue;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/** A minimal evaluation context for calling built-ins directly in tests. */
final class TestContext implements BuiltinContext {
  private final Map<Object, Object> cache = new HashMap<>();
  private final Map<Object, Object> shared = new ConcurrentHashMap<>();
  private final RandomGenerator random = new java.util.Random(42);

  @Override
  public long nowNanos() {
    return 0;
  }

  @Override
  public Map<Object, Object> evaluationCache() {
    return cache;
  }

  @Override
  public Map<Object, Object> sharedCache() {
    return shared;
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
    return ObjectValue.EMPTY;
  }

  @Override
  public RandomGenerator random() {
    return random;
  }

  @Override
  public void print(String line) {}

  @Override
  public void checkCancelled() {}
}
