package io.opadynamodb.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public test discovery that the CLI and the JUnit engine share. */
class TestRuleTest {

  @Test
  void findsTestsAcrossModulesWithTheirRowAndColumn() {
    PolicySet set = PolicySet.builder()
        .module("p/a_test.rego", "package p_test\n\ntest_one if true\n\ntodo_test_two if false\n")
        .module("q/b_test.rego", "package q_test\n\n  test_three := true\n\nnot_a_test := 1\n")
        .build();

    List<TestRule> tests = TestRule.find(set.modules());

    assertThat(tests).extracting(TestRule::query)
        .containsExactly("data.p_test.test_one", "data.p_test.todo_test_two", "data.q_test.test_three");
    assertThat(tests).extracting(TestRule::skip).containsExactly(false, true, false);
    assertThat(tests).extracting(t -> t.location().toString())
        .containsExactly("p/a_test.rego:3:1", "p/a_test.rego:5:1", "q/b_test.rego:3:3");
  }

  @Test
  void aTestDefinedInTwoFilesOfOnePackageIsOneTest() {
    PolicySet set = PolicySet.builder()
        .module("a.rego", "package p_test\n\ntest_x if true\n")
        .module("b.rego", "package p_test\n\ntest_x if false\n")
        .build();

    assertThat(TestRule.find(set.modules())).singleElement()
        .satisfies(t -> assertThat(t.location().file()).isEqualTo("a.rego"));
  }
}
