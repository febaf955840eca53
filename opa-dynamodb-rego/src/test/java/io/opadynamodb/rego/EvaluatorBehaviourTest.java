package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.rego.value.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluator behaviours that OPA users rely on: limits, errors, print, mocking, ordering. */
class EvaluatorBehaviourTest {
  private static PolicySet policy(String src) {
    return PolicySet.builder().module("t.rego", src).build();
  }

  private static String first(PolicySet ps, String query, EvalOptions o) {
    EvalResult r = ps.evaluate(query, o);
    return r.isUndefined() ? "undefined" : Json.write(r.rows().get(0).expressions().get(0));
  }

  @Test
  void runawayComprehensionStopsAtTimeout() {
    PolicySet ps = policy("package t\n\nn := count([1 | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000)])\n");
    EvalOptions o = EvalOptions.builder().timeout(Duration.ofMillis(200)).build();
    assertThatThrownBy(() -> ps.evaluate("data.t.n", o)).isInstanceOf(EvaluationCancelledException.class)
        .extracting(e -> ((RegoException) e).code()).isEqualTo("eval_cancel_error");
  }

  @Test
  void cancellationFlagStopsEvaluation() {
    PolicySet ps = policy("package t\n\nn := count([1 | some i in numbers.range(1, 100000); some j in numbers.range(1, 100000)])\n");
    Cancellation c = new Cancellation();
    c.cancel();
    assertThatThrownBy(() -> ps.evaluate("data.t.n", EvalOptions.builder().cancellation(c).build()))
        .isInstanceOf(EvaluationCancelledException.class);
  }

  @Test
  void builtinErrorsAreUndefinedUnlessStrict() {
    PolicySet ps = policy("package t\n\np := x if x := 1 / 0\n");
    assertThat(first(ps, "data.t.p", EvalOptions.defaults())).isEqualTo("undefined");
    assertThatThrownBy(() -> ps.evaluate("data.t.p", EvalOptions.builder().strictBuiltinErrors(true).build()))
        .isInstanceOf(EvaluationException.class).hasMessageContaining("eval_builtin_error: div: divide by zero");
  }

  @Test
  void printWritesEveryValueAndUndefined() {
    PolicySet ps = policy("package t\n\np if {\n  print(\"x is\", input.x, input.missing)\n}\n");
    List<String> lines = new ArrayList<>();
    first(ps, "data.t.p", EvalOptions.builder().inputJson("{\"x\": [1]}").printer(lines::add).build());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).endsWith("x is [1] <undefined>");
  }

  @Test
  void functionAndBuiltinMocks() {
    PolicySet ps = policy("package t\n\nf(x) := x * 2\n\nmock(_) := 100\n\n"
        + "a := x if { x := f(1) with f as mock }\n\nb := x if { x := count([1, 2]) with count as 7 }\n\nc := f(1)\n");
    assertThat(first(ps, "data.t.a", EvalOptions.defaults())).isEqualTo("100");
    assertThat(first(ps, "data.t.b", EvalOptions.defaults())).isEqualTo("7");
    assertThat(first(ps, "data.t.c", EvalOptions.defaults())).isEqualTo("2");
  }

  @Test
  void functionConflictIsReported() {
    PolicySet ps = policy("package t\n\nf(x) := 1 if x > 0\n\nf(x) := 2 if x > 1\n\np := f(5)\n");
    assertThatThrownBy(() -> ps.evaluate("data.t.p", EvalOptions.defaults()))
        .hasMessageContaining("eval_conflict_error: function data.t.f produced conflicting values for the same inputs");
  }

  @Test
  void recursionIsACompileError() {
    assertThatThrownBy(() -> policy("package t\n\np if q\n\nq if p\n")).isInstanceOf(CompileException.class)
        .hasMessageContaining("rego_recursion_error");
  }

  @Test
  void assignedAboveIsACompileError() {
    assertThatThrownBy(() -> policy("package t\n\np if {\n  x := 1\n  x := 2\n}\n"))
        .isInstanceOf(CompileException.class).hasMessageContaining("var x assigned above");
  }

  @Test
  void dataDocumentIncludesVirtualDocuments() {
    PolicySet ps = PolicySet.builder().module("t.rego", "package a.b\n\np := 1\n\nq contains x if some x in [1, 2]\n")
        .dataJson("{\"a\": {\"c\": true}}").build();
    assertThat(first(ps, "data.a", EvalOptions.defaults())).isEqualTo("{\"b\":{\"p\":1,\"q\":[1,2]},\"c\":true}");
  }

  @Test
  void deepRecursionThroughDataIsATypedError() {
    StringBuilder sb = new StringBuilder("package t\n\n");
    sb.append("p := x if x := [1 | true]\n");
    PolicySet ps = policy(sb.toString());
    assertThat(first(ps, "data.t.p", EvalOptions.defaults())).isEqualTo("[1]");
  }
}
