package io.opadynamodb.rego;

import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One solution of a query: the value of each expression and the bindings of its variables. */
public final class ResultRow {
  private final List<ExpressionValue> expressions;
  private final Map<String, Value> bindings;

  ResultRow(List<ExpressionValue> expressions, Map<String, Value> bindings) {
    this.expressions = List.copyOf(expressions);
    this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
  }

  /** The value of each query expression, in query order. */
  public List<Value> expressions() {
    List<Value> out = new ArrayList<>(expressions.size());
    for (ExpressionValue e : expressions) {
      out.add(e.value());
    }
    return out;
  }

  /** Expression values with their source text and location (for CLI output). */
  public List<ExpressionValue> expressionDetails() {
    return expressions;
  }

  /** Variable bindings by source name, excluding wildcards and compiler-generated variables. */
  public Map<String, Value> bindings() {
    return bindings;
  }

  /** Bindings converted to plain Java (Map, List, String, BigDecimal/Long, Boolean, null). */
  public Map<String, Object> bindingsAsJava() {
    Map<String, Object> out = new LinkedHashMap<>();
    bindings.forEach((k, v) -> out.put(k, JavaValues.toJava(v)));
    return out;
  }

  @Override
  public String toString() {
    return "ResultRow{expressions=" + expressions() + ", bindings=" + bindings + "}";
  }
}
