package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.builtins.BuiltinContext;
import io.opadynamodb.rego.value.ObjectValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The {@link BuiltinContext} of one query evaluation. */
final class EvalBuiltinContext implements BuiltinContext {
  private final Evaluator ev;
  private final Map<Object, Object> cache = new HashMap<>();
  private RandomGenerator random;
  Location location = Location.NONE;

  EvalBuiltinContext(Evaluator ev) {
    this.ev = ev;
  }

  @Override
  public long nowNanos() {
    return ev.config.nowNanos();
  }

  @Override
  public Map<Object, Object> evaluationCache() {
    return cache;
  }

  @Override
  public Map<Object, Object> sharedCache() {
    return ev.config.sharedCache();
  }

  @Override
  public boolean strictBuiltinErrors() {
    return ev.config.strictBuiltinErrors();
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public ObjectValue runtime() {
    return ev.config.runtime() == null ? ObjectValue.EMPTY : ev.config.runtime();
  }

  @Override
  public RandomGenerator random() {
    if (random == null) {
      random = new java.security.SecureRandom();
    }
    return random;
  }

  @Override
  public void print(String line) {
    if (ev.config.printer() != null) {
      ev.config.printer().accept(line);
    }
  }

  @Override
  public Set<String> allowNet() {
    return ev.config.allowNet();
  }

  @Override
  public void checkCancelled() {
    ev.checkCancelled();
  }
}
