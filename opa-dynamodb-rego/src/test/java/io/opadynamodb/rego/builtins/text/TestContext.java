package io.opadynamodb.rego.builtins.text;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.value.ObjectValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/** A minimal context for calling built-ins directly in tests. */
final class TestContext implements BuiltinContext {
  private final Map<Object, Object> evaluationCache = new HashMap<>();
  private final Map<Object, Object> sharedCache = new ConcurrentHashMap<>();

  @Override
  public long nowNanos() {
    return 0;
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
    return ObjectValue.EMPTY;
  }

  @Override
  public RandomGenerator random() {
    return new Random(0);
  }

  @Override
  public void print(String line) {}

  @Override
  public void checkCancelled() {}
}
