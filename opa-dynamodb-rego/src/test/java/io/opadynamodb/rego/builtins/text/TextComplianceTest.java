package io.opadynamodb.rego.builtins.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.compliance.ComplianceReport;
import io.opadynamodb.rego.compliance.ComplianceRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the YAML compliance cases of the text families end to end (parser, compiler, evaluator
 * and built-ins): OPA's current suite (v1 and v0 directories) and the offline snapshot.
 */
class TextComplianceTest {
  private static final String[] FAMILIES = {"globmatch", "globquotemeta", "globsmatch", "regexfind",
      "regexfindallstringsubmatch", "regexisvalid", "regexmatch", "regexmatchtemplate", "regexreplace",
      "regexsplit", "replacen", "sprintf", "strings", "trim", "trimleft", "trimprefix", "trimright", "trimspace",
      "trimsuffix", "stringinterpolation"};
  private static final Path SUITE =
      Path.of("/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata");
  private static final Path SNAPSHOT = Path.of("/work/shared/rego-compliance/opa-v0");

  /** Floor of passing cases over the three corpora; raise it as the engine improves. */
  private static final int PASS_FLOOR = 760;

  @Test
  void textFamiliesPassTheComplianceSuite() {
    Assumptions.assumeTrue(Files.isDirectory(SUITE) || Files.isDirectory(SNAPSHOT), "no compliance suite");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ComplianceRunner runner = new ComplianceRunner();
    int passed = 0;
    int total = 0;
    StringBuilder summary = new StringBuilder();
    for (Object[] corpus : new Object[][] {{SUITE.resolve("v1"), false}, {SUITE.resolve("v0"), true},
        {SNAPSHOT, true}}) {
      List<Path> dirs = new ArrayList<>();
      for (String f : FAMILIES) {
        Path d = ((Path) corpus[0]).resolve(f);
        if (Files.isDirectory(d)) {
          dirs.add(d);
        }
      }
      ComplianceReport report = runner.run(dirs, (Boolean) corpus[1], out);
      summary.append(corpus[0]).append(": ").append(report.summary()).append('\n');
      report.families().forEach((f, c) -> summary.append("  ").append(f).append(' ').append(c[0]).append('/')
          .append(c[0] + c[1]).append('\n'));
      passed += report.passed();
      for (int[] c : report.families().values()) {
        total += c[0] + c[1];
      }
    }
    System.out.println(buf.toString(StandardCharsets.UTF_8));
    System.out.println(summary);
    System.out.println("text compliance: " + passed + "/" + total);
    assertThat(passed).isGreaterThanOrEqualTo(PASS_FLOOR);
  }
}
