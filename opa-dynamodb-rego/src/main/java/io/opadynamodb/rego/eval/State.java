package io.opadynamodb.rego.eval;

import io.opadynamodb.rego.ast.Term;
import io.opadynamodb.rego.compiler.RuleNode;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code with} modifiers change: the input, overridden data paths, replaced functions; plus
 * the caches of virtual documents and function results valid for exactly this state.
 */
final class State {
  /** A {@code with data.a.b as v} replacement. */
  record DataOverride(List<Value> path, Value value) {}

  static final Value UNDEFINED = io.opadynamodb.rego.value.StringValue.of("\u0000undefined");

  final Value input;
  final List<DataOverride> dataOverrides;
  final Map<String, Term> functionOverrides;
  final IdentityHashMap<RuleNode, Value> cache = new IdentityHashMap<>();
  final HashMap<FunctionKey, Value> functionCache = new HashMap<>();
  /** {@code p[key]} results of partial rules evaluated for one key. */
  final HashMap<FunctionKey, Value> partialCache = new HashMap<>();

  State(Value input, List<DataOverride> dataOverrides, Map<String, Term> functionOverrides) {
    this.input = input;
    this.dataOverrides = dataOverrides;
    this.functionOverrides = functionOverrides;
  }

  /** A function call's cache key. */
  record FunctionKey(RuleNode node, List<Value> args) {}

  Value overrideAt(List<Value> path) {
    for (int i = dataOverrides.size() - 1; i >= 0; i--) {
      DataOverride o = dataOverrides.get(i);
      if (o.path().equals(path)) {
        return o.value();
      }
    }
    return null;
  }

  boolean hasOverrideBelow(List<Value> path) {
    for (DataOverride o : dataOverrides) {
      List<Value> p = o.path();
      if (p.size() > path.size() && p.subList(0, path.size()).equals(path)) {
        return true;
      }
    }
    return false;
  }

  private State withoutMocks;

  /** This state with no function replaced: mocks run with the original functions (as OPA). */
  State withoutFunctionOverrides() {
    if (functionOverrides.isEmpty()) {
      return this;
    }
    if (withoutMocks == null) {
      withoutMocks = new State(input, dataOverrides, Map.of());
    }
    return withoutMocks;
  }

  /** Applies overrides strictly below {@code path} to a value found there. */
  Value applyBelow(List<Value> path, Value v) {
    if (dataOverrides.isEmpty()) {
      return v;
    }
    for (DataOverride o : dataOverrides) {
      List<Value> p = o.path();
      if (p.size() > path.size() && p.subList(0, path.size()).equals(path)) {
        v = Upsert.upsert(v, p.subList(path.size(), p.size()), o.value());
      }
    }
    return v;
  }

  State with(Value newInput, List<DataOverride> extraData, Map<String, Term> extraFunctions) {
    List<DataOverride> d = dataOverrides;
    if (!extraData.isEmpty()) {
      d = new ArrayList<>(dataOverrides);
      d.addAll(extraData);
    }
    Map<String, Term> f = functionOverrides;
    if (!extraFunctions.isEmpty()) {
      f = new HashMap<>(functionOverrides);
      f.putAll(extraFunctions);
    }
    return new State(newInput, d, f);
  }
}
