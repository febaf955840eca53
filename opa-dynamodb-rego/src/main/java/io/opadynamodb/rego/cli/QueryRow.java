package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.Map;

/**
 * One result of a query as {@code opa eval} reports it.
 *
 * @param expressions the value of each expression of the query, in query order
 * @param bindings the query's variables (not wildcards, not generated) and their values, sorted by name
 */
record QueryRow(List<Expression> expressions, Map<String, Value> bindings) {

  /**
   * One expression's value.
   *
   * @param value the value ({@code true} for expressions that are not plain terms)
   * @param text the expression's source text
   * @param row 1-based row of the expression in the query
   * @param col 1-based column of the expression in the query
   */
  record Expression(Value value, String text, int row, int col) {}
}
