package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rules the test command runs. */
class TestDiscoveryTest {

  @Test
  void findsTestRulesOncePerNameAndSkipsTodoTestsAndFunctions() {
    String source = """
        package a.b_test

        test_one if true

        test_one if false

        todo_test_later if true

        test_helper(x) := x

        helper if true

        test_two := true
        """;
    List<TestCase> tests = TestDiscovery.find(List.of(RegoParser.parseModule("a.rego", source, RegoVersion.V1)));

    assertThat(tests).extracting(TestCase::query)
        .containsExactly("data.a.b_test.test_one", "data.a.b_test.todo_test_later", "data.a.b_test.test_two");
    assertThat(tests).extracting(TestCase::skip).containsExactly(false, true, false);
    assertThat(tests).extracting(TestCase::row).containsExactly(3, 7, 13);
    assertThat(tests.get(0).file()).isEqualTo("a.rego");
  }
}
