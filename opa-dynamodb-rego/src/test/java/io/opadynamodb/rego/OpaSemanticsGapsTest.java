package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import org.junit.jupiter.api.Test;

/**
 * Cases where the engine used to differ from OPA v1.22.2 (each expectation is what {@code opa eval}
 * prints for the same policy, data and input).
 */
class OpaSemanticsGapsTest {
  private static String eval(PolicySet ps, String query, String input) {
    EvalOptions.Builder o = EvalOptions.builder();
    if (input != null) {
      o.inputJson(input);
    }
    EvalResult r = ps.evaluate(query, o.build());
    return r.isUndefined() ? "undefined" : Json.write(r.rows().get(0).expressions().get(0));
  }

  private static PolicySet module(String src) {
    return PolicySet.builder().module("m.rego", src).build();
  }

  @Test
  void template_string_in_a_function_argument_matches_the_rendered_string() {
    PolicySet ps = module("package test\n\np := f(\"foo bar\")\n\nf($\"{x} {input.y}\") := 42 if {\n  x = \"foo\"\n}\n");
    assertThat(eval(ps, "data.test.p", "{\"y\": \"bar\"}")).isEqualTo("42");
    assertThat(eval(ps, "data.test.p", "{\"y\": \"baz\"}")).isEqualTo("undefined");
  }

  @Test
  void other_calls_in_function_arguments_are_compile_errors() {
    assertThatThrownBy(() -> module("package test\n\ng(1 + 1) := 43\n"))
        .isInstanceOf(CompileException.class)
        .hasMessage("m.rego:3: rego_compile_error: rule arguments cannot contain calls");
  }

  @Test
  void a_variable_bound_by_a_ref_in_the_same_call_is_read_after_the_ref() {
    PolicySet ps = module("package test\n\np := foo if {\n  some foo\n  foo == input.foos[foo]\n}\n");
    assertThat(eval(ps, "data.test.p", "{\"foos\": [2, 1, 0]}")).isEqualTo("1");
    assertThat(eval(ps, "data.test.p", "{\"foos\": [\"foo\"]}")).isEqualTo("undefined");
  }

  @Test
  void unifying_a_variable_with_a_ref_that_binds_it_requires_agreement() {
    PolicySet ps = module("package test\n");
    EvalResult r = ps.evaluate("foo = input.foos[foo]", EvalOptions.builder().inputJson("{\"foos\": [2, 1, 0]}").build());
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).bindingsAsJava()).containsEntry("foo", 1L);
  }

  @Test
  void base_data_wins_over_a_rule_at_the_same_path_when_documents_merge() {
    PolicySet ps = PolicySet.builder()
        .module("m.rego", "package topdown.conflicts\n\nk := \"bar\"\nextra := 1\n")
        .dataJson("{\"topdown\": {\"conflicts\": {\"k\": \"foo\"}}}")
        .build();
    assertThat(eval(ps, "data.topdown.conflicts", null)).isEqualTo("{\"extra\":1,\"k\":\"foo\"}");
  }

  @Test
  void a_large_literal_table_does_not_exhaust_the_stack() {
    StringBuilder src = new StringBuilder("package big\n\ncases := [\n");
    for (int i = 0; i < 5_000; i++) {
      src.append("  {\"id\": ").append(i).append(", \"tags\": [\"a\", \"b\"], \"doc\": {\"n\": ").append(i).append("}},\n");
    }
    src.append("]\n\nn := count([c | some c in cases; c.doc.n >= 0])\n");
    assertThat(eval(module(src.toString()), "data.big.n", null)).isEqualTo("5000");
  }

  @Test
  void literals_with_variables_still_evaluate_element_by_element() {
    PolicySet ps = module("package lit\n\nxs := [[1, x], {\"k\": x}, {x}] if x := input.v\n");
    assertThat(eval(ps, "data.lit.xs", "{\"v\": 7}")).isEqualTo("[[1,7],{\"k\":7},[7]]");
  }
}
