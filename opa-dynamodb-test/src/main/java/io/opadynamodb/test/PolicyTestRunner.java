package io.opadynamodb.test;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.TestRule;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;

/** Evaluates one test rule: it passes when it evaluates to {@code true}, as in {@code opa test}. */
final class PolicyTestRunner {
  private PolicyTestRunner() {}

  /**
   * Runs the test; {@code print()} output goes to {@code printed} and, for a test that does not pass, into the
   * failure message too.
   */
  static TestExecutionResult run(PolicySet policies, TestRule test, Consumer<List<String>> printed) {
    List<String> lines = new ArrayList<>();
    String where = test.query() + " (" + test.location() + ")";
    try {
      EvalResult result = policies.prepare(test.query()).evaluate(EvalOptions.builder().printer(lines::add).build());
      printed.accept(lines);
      Value value = result.isUndefined() ? null : result.rows().get(0).expressions().get(0);
      if (BooleanValue.TRUE.equals(value)) {
        return TestExecutionResult.successful();
      }
      String outcome = value == null ? "is undefined" : "evaluated to " + value;
      return TestExecutionResult.failed(new PolicyTestFailure("FAIL " + where + ": " + outcome + withPrinted(lines)));
    } catch (RegoException e) {
      printed.accept(lines);
      List<String> errors = e.errors().stream().map(PolicyLoader::describe).toList();
      return TestExecutionResult.failed(
          new PolicyTestError("ERROR " + where + ": " + String.join("; ", errors) + withPrinted(lines)));
    }
  }

  private static String withPrinted(List<String> lines) {
    return lines.isEmpty() ? "" : "\nprint output:\n  " + String.join("\n  ", lines);
  }
}
