package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.system.GoDuration;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Pretty output, durations and error text compared with what opa v1.22.2 prints. */
class FormatsTest {

  @Test
  void bindingsArePrintedAsATable() {
    TreeMap<String, Value> b = new TreeMap<>();
    b.put("x", Json.parse("[1,2]"));
    b.put("y", Json.parse("[1.0,59.20]"));
    QueryRow row = new QueryRow(List.of(new QueryRow.Expression(Json.parse("true"), "x := {1,2}", 1, 1),
        new QueryRow.Expression(Json.parse("true"), "y = [1.0, 59.20]", 1, 13)), b);

    assertThat(EvalPrettyFormat.results(List.of(row))).isEqualTo("""
        ┌───────┬─────────────┐
        │   x   │      y      │
        ├───────┼─────────────┤
        │ [1,2] │ [1.0,59.20] │
        └───────┴─────────────┘""");
  }

  @Test
  void aSingleValueIsIndentedJsonAndNoResultIsUndefined() {
    QueryRow row = new QueryRow(List.of(new QueryRow.Expression(Json.parse("{\"a\":[1,2]}"), "{\"a\": [1,2]}", 1, 1)),
        new TreeMap<>());

    assertThat(EvalPrettyFormat.results(List.of(row))).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ]\n}");
    assertThat(EvalPrettyFormat.results(List.of())).isEqualTo("undefined");
  }

  @Test
  void expressionValuesOfSeveralRowsAreAColumn() {
    List<QueryRow> rows = List.of(
        new QueryRow(List.of(new QueryRow.Expression(Json.parse("1"), "[1,2][_]", 1, 1)), new TreeMap<>()),
        new QueryRow(List.of(new QueryRow.Expression(Json.parse("2"), "[1,2][_]", 1, 1)), new TreeMap<>()));

    assertThat(EvalPrettyFormat.results(rows)).isEqualTo("""
        ┌──────────┐
        │ [1,2][_] │
        ├──────────┤
        │ 1        │
        │ 2        │
        └──────────┘""");
  }

  @Test
  void durationsReadLikeGo() {
    assertThat(GoDuration.format(999)).isEqualTo("999ns");
    assertThat(GoDuration.format(419_958)).isEqualTo("419.958µs");
    assertThat(GoDuration.format(1_948_043)).isEqualTo("1.948043ms");
    assertThat(GoDuration.format(2_000_000_000L)).isEqualTo("2s");
  }
}
