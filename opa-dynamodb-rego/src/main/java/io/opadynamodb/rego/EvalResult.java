package io.opadynamodb.rego;

import java.util.List;

/** The result set of a query: one row per solution; empty when the query is undefined. */
public final class EvalResult {
  private final List<ResultRow> rows;

  EvalResult(List<ResultRow> rows) {
    this.rows = List.copyOf(rows);
  }

  public List<ResultRow> rows() {
    return rows;
  }

  public boolean isUndefined() {
    return rows.isEmpty();
  }

  @Override
  public String toString() {
    return rows.toString();
  }
}
