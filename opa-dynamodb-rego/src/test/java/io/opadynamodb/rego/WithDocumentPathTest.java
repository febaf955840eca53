package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code with} target under input or data whose path holds a key that is not a string literal (a set, array,
 * number, or a var or ref even when its value is a string) is OPA's {@code eval_conflict_error: bad document path}
 * at the expression, once every value of the
 * expression's {@code with}s is defined (opa v1.22.2: {@code opa eval 'x := 1 with input[{1}] as 2'}).
 */
class WithDocumentPathTest {
  private static EvalResult eval(String query) {
    return PolicySet.builder().build().evaluate(query, EvalOptions.defaults());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x := 1 with input[{1}] as 2", "x := 1 with data.p[{1}] as 2", "x := 1 with input[[1]] as 2",
      "x := 1 with input.a[1] as 2", "x := 1 with data[1] as 2", "y := 1 with input.a as 2 with input[1] as 3", "y := 1 with input[input.k] as 2"})
  void aNonStringKeyIsABadDocumentPath(String query) {
    EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> eval(query));
    assertThat(e.errors().get(0).code()).isEqualTo("eval_conflict_error");
    assertThat(e.errors().get(0).message()).isEqualTo("bad document path");
    assertThat(e.errors().get(0).location().row()).isEqualTo(1);
    assertThat(e.errors().get(0).location().col()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void aVarBoundToAStringIsStillABadDocumentPath() {
    EvaluationException e = catchThrowableOfType(EvaluationException.class,
        () -> eval("x = \"a\"; y := 1 with input[x] as 2"));
    assertThat(e.errors().get(0).message()).isEqualTo("bad document path");
    assertThat(e.errors().get(0).location().col()).isEqualTo(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"y := 1 with input[1] as input.zz", "y := 1 with input[1] as 3 with input.b as input.zz"})
  void anUndefinedValueMakesTheExpressionUndefinedFirst(String query) {
    assertThat(eval(query).isUndefined()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"y := 1 with input[\"a\"] as 2", "y := input.a.b with input.a.b as 2"})
  void stringPathsStillWork(String query) {
    assertThat(eval(query).rows()).hasSize(1);
  }
}
