package io.opadynamodb.rego.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.builtins.testsupport.LiteralCallCases;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the compliance cases of the text families that are one literal built-in call (see
 * {@link LiteralCallCases}) directly against the built-ins; the whole YAML suite runs through the
 * evaluator once it exists.
 */
class TextLiteralCasesTest {
  private static final String[] DIRS = {"globmatch", "globquotemeta", "globsmatch", "regexfind",
      "regexfindallstringsubmatch", "regexisvalid", "regexmatch", "regexmatchtemplate", "regexreplace",
      "regexsplit", "replacen", "sprintf", "strings", "trim", "trimleft", "trimprefix", "trimright", "trimspace",
      "trimsuffix", "stringinterpolation"};

  @Test
  void literalCallCasesPass() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(LiteralCallCases.OFFLINE_V0), "compliance suite present");
    BuiltinRegistry r = StandardBuiltins.registry();
    List<LiteralCallCases.Case> cases = LiteralCallCases.load(
        List.of(LiteralCallCases.OPA_V1, LiteralCallCases.OPA_V0, LiteralCallCases.OFFLINE_V0), DIRS);
    List<String> failures = new ArrayList<>();
    int run = 0;
    for (LiteralCallCases.Case c : cases) {
      BuiltinFunction fn = r.get(c.builtin());
      if (fn == null) {
        continue; // a built-in of another family
      }
      run++;
      try {
        Value got = fn.call(new TestContext(), c.args());
        if (c.wantError() != null) {
          failures.add(c.file() + " " + c.note() + ": expected error " + c.wantError() + " got " + text(got));
        } else if (c.want() == null ? got != null : !c.want().equals(got)) {
          failures.add(c.file() + " " + c.note() + ": want " + text(c.want()) + " got " + text(got));
        }
      } catch (BuiltinException e) {
        String full = c.builtin() + ": " + e.getMessage();
        if (c.wantError() == null || !full.contains(c.wantError())) {
          failures.add(c.file() + " " + c.note() + ": error " + full + " (want "
              + (c.wantError() == null ? "result" : c.wantError()) + ")");
        }
      }
    }
    System.out.println("literal text cases: " + run + " run, " + failures.size() + " failed");
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertThat(run).isGreaterThan(100);
    assertThat(failures).isEmpty();
  }

  private static String text(Value v) {
    return v == null ? "undefined" : ValueFormatter.rego(v);
  }
}
