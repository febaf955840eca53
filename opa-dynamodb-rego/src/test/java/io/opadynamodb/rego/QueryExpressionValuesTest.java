package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each expression of a query reports, as `opa eval` v1.22.2 reports it. */
class QueryExpressionValuesTest {
  private static final PolicySet POLICIES = PolicySet.builder()
      .module("lib.rego", "package lib\n\ndouble(x) := 2 * x\n")
      .build();

  /** Each row as its expression values and texts, e.g. {@code [false "1 == 2"]}. */
  private static List<String> rows(String query) {
    return POLICIES.evaluate(query, EvalOptions.defaults()).rows().stream()
        .map(r -> r.expressionDetails().stream()
            .map(e -> Json.write(e.value()) + " \"" + e.text() + "\"")
            .toList().toString())
        .toList();
  }

  @Test
  void a_lone_comparison_reports_its_value() {
    assertThat(rows("1 == 2")).containsExactly("[false \"1 == 2\"]");
    assertThat(rows("1 != 2")).containsExactly("[true \"1 != 2\"]");
  }

  @Test
  void calls_given_their_arity_report_their_result() {
    assertThat(rows("count([1, 2])")).containsExactly("[2 \"count([1, 2])\"]");
    assertThat(rows("data.lib.double(4)")).containsExactly("[8 \"data.lib.double(4)\"]");
    assertThat(rows("plus(1, 2, x)")).containsExactly("[true \"plus(1, 2, x)\"]");
  }

  @Test
  void with_several_expressions_a_false_value_makes_the_query_undefined() {
    assertThat(rows("x := 1; 1 == 2")).isEmpty();
    assertThat(rows("x := 1; false")).isEmpty();
    assertThat(rows("false")).containsExactly("[false \"false\"]");
  }

  @Test
  void iteration_filters_false_values() {
    assertThat(rows("[1, false][_]")).containsExactly("[1 \"[1, false][_]\"]");
  }

  @Test
  void some_declarations_report_no_expression_but_bind() {
    EvalResult r = POLICIES.evaluate("some x; x = 1", EvalOptions.defaults());
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).expressionDetails()).extracting(ExpressionValue::text).containsExactly("x = 1");
    assertThat(r.rows().get(0).bindingsAsJava()).containsEntry("x", 1L);
  }

  @Test
  void unused_declarations_are_compile_errors() {
    assertThatThrownBy(() -> POLICIES.prepare("some x, y; x = 1"))
        .isInstanceOf(CompileException.class)
        .hasMessage("1:1: rego_compile_error: declared var y unused");
    assertThatThrownBy(() -> POLICIES.prepare("every x in [1] { true }"))
        .isInstanceOf(CompileException.class)
        .hasMessage("1:18: rego_compile_error: declared var x unused");
    assertThatThrownBy(() -> PolicySet.builder().module("m.rego", "package m\n\np if {\n  some z\n  true\n}\n").build())
        .isInstanceOf(CompileException.class)
        .hasMessage("m.rego:4: rego_compile_error: declared var z unused");
  }
}
