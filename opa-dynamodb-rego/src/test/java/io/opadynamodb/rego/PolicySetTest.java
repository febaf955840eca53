package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicySetTest {
  private static String eval(String module, String query, String input) {
    PolicySet ps = PolicySet.builder().module("p.rego", module).build();
    EvalOptions.Builder o = EvalOptions.builder();
    if (input != null) {
      o.inputJson(input);
    }
    EvalResult r = ps.evaluate(query, o.build());
    if (r.isUndefined()) {
      return "undefined";
    }
    return Json.write(r.rows().get(0).expressions().get(0));
  }

  @Test
  void withDataEvaluatesTheSameRulesOverOtherDataAndLeavesTheOriginalAlone() {
    PolicySet original = PolicySet.builder().module("p.rego", "package p\n\nlimit := data.limits.cpus * 2\n")
        .data(Map.of("limits", Map.of("cpus", 8))).build();
    PolicySet raised = original.withData(Map.of("limits", Map.of("cpus", 32)));
    assertThat(Json.write(raised.evaluate("data.p.limit", EvalOptions.defaults()).rows().get(0).expressions().get(0)))
        .isEqualTo("64");
    assertThat(Json.write(original.evaluate("data.p.limit", EvalOptions.defaults()).rows().get(0).expressions()
        .get(0))).isEqualTo("16");
  }

  @Test
  void withDataKeepsTheAllowNetList() {
    PolicySet refusing = PolicySet.builder().allowNet(java.util.List.of()).build().withData(Map.of());
    assertThatThrownBy(() -> refusing.evaluate("http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:9/\"})",
        EvalOptions.builder().strictBuiltinErrors(true).build()))
        .hasMessageContaining("http.send: disallowed host: 127.0.0.1");
  }

  @Test
  void completeRuleWithInput() {
    String m = "package authz\n\ndefault allow := false\n\nallow if {\n  input.user == \"alice\"\n}\n";
    assertThat(eval(m, "data.authz.allow", "{\"user\":\"alice\"}")).isEqualTo("true");
    assertThat(eval(m, "data.authz.allow", "{\"user\":\"bob\"}")).isEqualTo("false");
  }

  @Test
  void partialSetAndObject() {
    String m = "package x\n\nroles := {\"a\": [\"r1\", \"r2\"], \"b\": [\"r3\"]}\n\n"
        + "all contains r if {\n  some u\n  r := roles[u][_]\n}\n\nby[u] := n if {\n  some u\n  n := count(roles[u])\n}\n";
    assertThat(eval(m, "data.x.all", null)).isEqualTo("[\"r1\",\"r2\",\"r3\"]");
  }

  @Test
  void functionsElseAndComprehensions() {
    String m = "package f\n\nf(x) := 1 if x > 10\nelse := 2 if x > 5\nelse := 3\n\n"
        + "vals := [f(i) | some i in [1, 7, 20]]\n\nsq := {k: v | some k, v in {\"a\": 1, \"b\": 2}}\n";
    assertThat(eval(m, "data.f.vals", null)).isEqualTo("[3,2,1]");
    assertThat(eval(m, "data.f.sq", null)).isEqualTo("{\"a\":1,\"b\":2}");
  }

  @Test
  void bindingsAndReordering() {
    PolicySet ps = PolicySet.builder().module("p.rego", "package p\n\nxs := [1, 2, 3]\n").build();
    EvalResult r = ps.evaluate("y = x + 0; x = data.p.xs[_]; x > 1", EvalOptions.defaults());
    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0).bindingsAsJava()).containsEntry("x", 2L).containsKey("y");
  }

  @Test
  void conflictIsAnError() {
    String m = "package c\n\np := 1\n\np := 2 if true\n";
    assertThatThrownBy(() -> eval(m, "data.c.p", null)).isInstanceOf(EvaluationException.class)
        .hasMessageContaining("eval_conflict_error");
  }

  @Test
  void unsafeVarIsACompileError() {
    assertThatThrownBy(() -> eval("package u\n\np if { x > 1 }\n", "data.u.p", null))
        .isInstanceOf(CompileException.class).hasMessageContaining("var x is unsafe");
  }

  @Test
  void withReplacesInput() {
    String m = "package w\n\nallow if input.ok\n\nq if allow with input as {\"ok\": true}\n";
    assertThat(eval(m, "data.w.q", null)).isEqualTo("true");
    assertThat(eval(m, "data.w.allow", null)).isEqualTo("undefined");
  }

  @Test
  void everyAndNot() {
    String m = "package e\n\nall_pos if every x in input.xs { x > 0 }\n\nnone if not all_pos\n";
    assertThat(eval(m, "data.e.all_pos", "{\"xs\":[1,2]}")).isEqualTo("true");
    assertThat(eval(m, "data.e.none", "{\"xs\":[1,-2]}")).isEqualTo("true");
    assertThat(Map.of()).isEmpty();
  }
}
