package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code opa eval --format json} output: results, or errors, in opa's member order and indentation. */
final class EvalJsonFormat {
  private EvalJsonFormat() {}

  /** {@code {"result": [...]}}, or {@code {}} when the query is undefined. */
  static String results(List<QueryRow> rows) {
    Map<String, Object> doc = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      List<Object> result = new ArrayList<>();
      for (QueryRow row : rows) {
        result.add(row(row));
      }
      doc.put("result", result);
    }
    return OrderedJson.write(doc);
  }

  /** {@code {"errors": [{"message", "code", "location": {"file", "row", "col"}}]}}. */
  static String errors(List<RegoError> errors) {
    List<Object> list = new ArrayList<>();
    for (RegoError e : errors) {
      Map<String, Object> err = new LinkedHashMap<>();
      err.put("message", messageOnly(e.message()));
      err.put("code", e.code());
      Location loc = e.location();
      if (loc != null && loc.row() > 0) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("file", loc.file() == null ? "" : loc.file());
        where.put("row", loc.row());
        where.put("col", loc.col());
        err.put("location", where);
      }
      list.add(err);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("errors", list);
    return OrderedJson.write(doc);
  }

  /**
   * The message without the detail lines the engine appends for text output (type errors carry
   * {@code \n\thave: ...}); opa's JSON keeps those in a separate {@code details} member, which we do not print.
   */
  static String messageOnly(String message) {
    int nl = message.indexOf("\n\t");
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Map<String, Object> row(QueryRow row) {
    List<Object> expressions = new ArrayList<>();
    for (QueryRow.Expression e : row.expressions()) {
      Map<String, Object> expr = new LinkedHashMap<>();
      expr.put("value", e.value());
      expr.put("text", e.text());
      Map<String, Object> where = new LinkedHashMap<>();
      where.put("row", e.row());
      where.put("col", e.col());
      expr.put("location", where);
      expressions.add(expr);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expressions", expressions);
    if (!row.bindings().isEmpty()) {
      Map<String, Object> bindings = new LinkedHashMap<>();
      for (Map.Entry<String, Value> b : row.bindings().entrySet()) {
        bindings.put(b.getKey(), b.getValue());
      }
      out.put("bindings", bindings);
    }
    return out;
  }
}
