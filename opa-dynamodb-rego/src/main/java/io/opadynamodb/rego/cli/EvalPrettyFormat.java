package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code opa eval --format pretty} output: {@code undefined}; a single value as indented JSON; otherwise a
 * table with one column per variable (then expressions that are not plain {@code true}) and one line per
 * result.
 */
final class EvalPrettyFormat {
  private EvalPrettyFormat() {}

  static String results(List<QueryRow> rows) {
    if (rows.isEmpty()) {
      return "undefined";
    }
    QueryRow first = rows.get(0);
    if (rows.size() == 1 && first.bindings().isEmpty()
        && (first.expressions().size() == 1 || allBoolean(first.expressions()))) {
      return Json.writePretty(first.expressions().get(0).value(), "  ");
    }
    List<String> header = new ArrayList<>();
    List<Integer> exprColumns = new ArrayList<>();
    for (int i = 0; i < first.expressions().size(); i++) {
      QueryRow.Expression e = first.expressions().get(i);
      if (!(e.value() instanceof BooleanValue) || first.bindings().isEmpty()) {
        header.add(e.text());
        exprColumns.add(i);
      }
    }
    List<String> vars = new ArrayList<>(first.bindings().keySet());
    header.addAll(vars);
    List<List<String>> body = new ArrayList<>();
    for (QueryRow row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i : exprColumns) {
        cells.add(i < row.expressions().size() ? Json.write(row.expressions().get(i).value()) : "");
      }
      for (String v : vars) {
        Value value = row.bindings().get(v);
        cells.add(value == null ? "null" : Json.write(value));
      }
      body.add(cells);
    }
    return TextTable.render(header, body);
  }

  private static boolean allBoolean(List<QueryRow.Expression> expressions) {
    for (QueryRow.Expression e : expressions) {
      if (!(e.value() instanceof BooleanValue)) {
        return false;
      }
    }
    return true;
  }
}
