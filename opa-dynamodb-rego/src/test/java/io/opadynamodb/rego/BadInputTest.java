package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Bad policies and bad input through the public API: each gives a typed {@link RegoException} with OPA's
 * code and, where there is one, a location; none leaks a raw error, and the engine keeps working after it.
 */
class BadInputTest {
  private static final PolicySet HEALTHY = PolicySet.builder()
      .module("ok.rego", "package ok\n\nallow if input.user == \"alice\"\n")
      .build();

  /** A normal evaluation after the failure: the engine (and its thread) is still usable. */
  private static void assertStillHealthy() {
    EvalResult r = HEALTHY.evaluate("data.ok.allow", EvalOptions.builder().inputJson("{\"user\": \"alice\"}").build());
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).expressions().get(0).toString()).isEqualTo("true");
  }

  @Test
  void malformed_module_is_a_parse_error_with_file_row_and_column() {
    CompileException e = catchThrowableOfType(CompileException.class,
        () -> PolicySet.builder().module("bad.rego", "package bad\n\nallow if input.x = = 1\n").build());
    // as `opa check --format json` v1.22.2 reports it
    assertThat(e.code()).isEqualTo("rego_parse_error");
    RegoError first = e.errors().get(0);
    assertThat(first.location().file()).isEqualTo("bad.rego");
    assertThat(first.location().row()).isEqualTo(3);
    assertThat(first.location().col()).isEqualTo(20);
    assertThat(e.getMessage()).isEqualTo("bad.rego:3: rego_parse_error: unexpected eq token");
    assertStillHealthy();
  }

  @Test
  void invalid_json_input_is_an_input_error_naming_the_position() {
    RegoException e = catchThrowableOfType(RegoException.class,
        () -> EvalOptions.builder().inputJson("{\"user\": \"alice\",\n \"roles\": [1, 2,]}"));
    assertThat(e.code()).isEqualTo("rego_input_error");
    assertThat(e.getMessage()).contains("invalid input JSON").contains("line 2");
    assertStillHealthy();
  }

  @Test
  void too_deeply_nested_json_input_is_an_input_error_not_a_stack_overflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    RegoException e = catchThrowableOfType(RegoException.class, () -> EvalOptions.builder().inputJson(deep));
    assertThat(e.code()).isEqualTo("rego_input_error");
    assertStillHealthy();
  }

  @Test
  void deeply_nested_input_within_the_limit_evaluates() {
    String deep = "[".repeat(1_000) + "]".repeat(1_000);
    EvalOptions options = EvalOptions.builder().inputJson(deep).build();
    PolicySet ps = PolicySet.builder().module("d.rego", "package d\n\nsame if input == input\n\nn := count(input)\n")
        .build();
    assertThat(ps.evaluate("data.d.same", options).rows()).hasSize(1);
    assertThat(ps.evaluate("data.d.n", options).rows().get(0).expressions().get(0).toString()).isEqualTo("1");
    assertStillHealthy();
  }

  @Test
  void recursion_through_functions_is_a_recursion_error_with_location() {
    CompileException e = catchThrowableOfType(CompileException.class, () -> PolicySet.builder()
        .module("rec.rego", "package rec\n\nf(x) := g(x + 1)\n\ng(x) := f(x * 2)\n\np := f(1)\n")
        .build());
    assertThat(e.code()).isEqualTo("rego_recursion_error");
    assertThat(e.errors().get(0).location().file()).isEqualTo("rec.rego");
    assertThat(e.errors().get(0).location().row()).isPositive();
    assertThat(e.getMessage()).contains("is recursive");
    assertStillHealthy();
  }

  @Test
  void runaway_comprehension_is_stopped_by_the_timeout() {
    PolicySet ps = PolicySet.builder().module("run.rego", """
        package run

        pairs := count([[a, b] |
          some a in numbers.range(1, 100000)
          some b in numbers.range(1, 100000)
        ])
        """).build();
    EvaluationCancelledException e = catchThrowableOfType(EvaluationCancelledException.class,
        () -> ps.evaluate("data.run.pairs", EvalOptions.builder().timeout(Duration.ofMillis(200)).build()));
    assertThat(e.code()).isEqualTo("eval_cancel_error");
    assertThat(e.getMessage()).contains("timed out");
    assertStillHealthy();
  }

  @Test
  void runaway_comprehension_is_stopped_by_cancellation() {
    PolicySet ps = PolicySet.builder().module("run.rego", """
        package run

        xs := {x | some x in numbers.range(1, 100000); some y in numbers.range(1, 100000); x == y * 0}
        """).build();
    Cancellation cancellation = new Cancellation();
    // another thread cancels while the comprehension runs (it would take hours to finish)
    CompletableFuture.runAsync(cancellation::cancel, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
    EvaluationCancelledException e = catchThrowableOfType(EvaluationCancelledException.class,
        () -> ps.evaluate("data.run.xs", EvalOptions.builder().cancellation(cancellation).build()));
    assertThat(e.code()).isEqualTo("eval_cancel_error");
    assertStillHealthy();
  }
}
