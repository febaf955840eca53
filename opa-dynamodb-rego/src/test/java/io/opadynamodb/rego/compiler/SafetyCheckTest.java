package io.opadynamodb.rego.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.value.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Safety errors and reordering, compared with what OPA v1.22.2 reports for the same modules. */
class SafetyCheckTest {

  private static List<String> errors(String src) {
    CompileException e = catchThrowableOfType(CompileException.class,
        () -> PolicySet.builder().module("p.rego", src).build());
    assertThat(e).as("compile error expected").isNotNull();
    return e.errors().stream()
        .map((RegoError r) -> r.code() + " " + r.message() + " @" + r.location().row() + ":" + r.location().col())
        .toList();
  }

  @Test
  void an_unsafe_var_in_a_rule_value_is_reported_at_the_var() {
    assertThat(errors("package p\nallow := unknown_var\n"))
        .containsExactly("rego_unsafe_var_error var unknown_var is unsafe @2:10");
  }

  @Test
  void unsafe_vars_in_head_refs_and_else_values_are_reported_at_their_last_occurrence() {
    assertThat(errors("package p\na.b[c].d[e] := 1\n")).containsExactly(
        "rego_unsafe_var_error var c is unsafe @2:5", "rego_unsafe_var_error var e is unsafe @2:10");
    assertThat(errors("package p\na[x] := x\n")).containsExactly("rego_unsafe_var_error var x is unsafe @2:3");
    assertThat(errors("package p\nallow := x if { x = 1 } else := y\n"))
        .containsExactly("rego_unsafe_var_error var y is unsafe @2:33");
  }

  @Test
  void vars_of_a_comprehension_nested_in_an_object_comprehension_value_are_local_to_it() {
    PolicySet ps = PolicySet.builder()
        .module("p.rego", "package p\nx := {k: sort([m | some m in v]) | some k, v in input.o}\n").build();
    EvalResult r = ps.evaluate("data.p.x", EvalOptions.builder().inputJson("{\"o\": {\"a\": [2, 1]}}").build());
    assertThat(Json.write(r.rows().get(0).expressions().get(0))).isEqualTo("{\"a\":[1,2]}");
  }

  @Test
  void vars_in_with_targets_must_be_safe_before_and_declared_locals_are_not() {
    // OPA does not rewrite with targets with the body's locals: x := / some x / an argument stay unsafe there.
    assertThat(errors("package p\n\nr if {\n\tx := \"a\"\n\ty := 1 with input[x] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var x is unsafe @5:2");
    assertThat(errors("package p\n\nr if {\n\tsome x\n\tx = \"a\"\n\ty := 1 with input[x] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var x is unsafe @6:2");
    assertThat(errors("package p\n\nr(x) if {\n\ty := 1 with input[x] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var x is unsafe @4:2");
    assertThat(errors("package p\n\nr if {\n\ty := 1 with input[z] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var z is unsafe @4:2");
    assertThat(errors("package p\n\nr if {\n\ty := 1 with input[_] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var _ is unsafe @4:2");
    // bound by the expression itself is not enough
    assertThat(errors("package p\n\nr if {\n\tinput[x] with input[x] as 2\n}\n"))
        .containsExactly("rego_unsafe_var_error var x is unsafe @4:2");
  }

  @Test
  void a_nested_comprehension_whose_body_cannot_bind_its_vars_is_reported_once_at_itself() {
    assertThat(errors("package p\nx := {k: [m | m = z] | some k in input.o}\n")).containsExactly(
        "rego_unsafe_var_error var m is unsafe @2:15", "rego_unsafe_var_error var z is unsafe @2:15");
  }
}
