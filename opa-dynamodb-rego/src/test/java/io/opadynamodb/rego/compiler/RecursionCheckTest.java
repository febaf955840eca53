package io.opadynamodb.rego.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.PolicySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which data refs make a rule depend on itself, compared with opa v1.22.2 ({@code opa eval -d p.rego
 * data.p} on {@code package p} plus the rule).
 */
class RecursionCheckTest {
  /** A constant composite key (set, array, object) selects no rule: OPA evaluates these to undefined. */
  @ParameterizedTest
  @ValueSource(strings = {"x := data[{1}]", "x := data[[1]]", "x := data[{\"a\": 1}]", "x := data.p[{1}]",
      "x := data[set()]", "x if data[{1}]"})
  void aConstantCompositeKeyIsNoSelfReference(String rule) {
    PolicySet policies = PolicySet.builder().module("p.rego", "package p\n" + rule + "\n").build();
    assertThat(policies.evaluate("data.p", EvalOptions.defaults()).rows().get(0).expressions().get(0).toString())
        .isEqualTo("{}");
  }

  /** A key with a variable may select the rule itself: a recursion error, as in OPA. */
  @ParameterizedTest
  @ValueSource(strings = {"x := data[y] if y := \"p\"", "x := data.p[y] if some y in [\"x\"]"})
  void aVariableKeyMaySelectTheRuleItself(String rule) {
    CompileException e = catchThrowableOfType(CompileException.class,
        () -> PolicySet.builder().module("p.rego", "package p\n" + rule + "\n").build());
    assertThat(e.errors().get(0).code()).isEqualTo("rego_recursion_error");
    assertThat(e.errors().get(0).message()).isEqualTo("rule data.p.x is recursive: data.p.x -> data.p.x");
  }
}
