package io.opadynamodb.rego.builtins.data;

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
 * Runs OPA's compliance cases of the data built-in families (current suite v0 and v1 when OPA's
 * module is present, and the offline snapshot) end to end through the engine.
 */
class DataFamiliesComplianceTest {
  static final List<String> FAMILIES = List.of("base64builtins", "base64urlbuiltins", "hexbuiltins", "jsonbuiltins",
      "jsonfilter", "jsonfilteridempotent", "jsonpatch", "jsonremove", "jsonremoveidempotent", "jsonschema",
      "netcidrcontains", "netcidrcontainsmatches", "netcidrexpand", "netcidrintersects", "netcidrisvalid",
      "netcidrmerge", "netcidroverlap", "reachable", "rendertemplate", "semvercompare", "semverisvalid", "units",
      "uribuiltins", "urlbuiltins", "uuid", "graphql");
  private static final Path OPA_SUITE = Path.of(System.getProperty("user.home"),
      "go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata");
  /** Passing cases (v1 + v0) at the last run. */
  private static final int PASS_FLOOR = 900;

  private static List<Path> dirs(Path base) {
    List<Path> out = new ArrayList<>();
    for (String f : FAMILIES) {
      Path p = base.resolve(f);
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void dataFamiliesPass() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ComplianceRunner runner = new ComplianceRunner();
    int passed = 0;
    List<String> summaries = new ArrayList<>();
    if (Files.isDirectory(OPA_SUITE)) {
      ComplianceReport v1 = runner.run(dirs(OPA_SUITE.resolve("v1")), false, out);
      ComplianceReport v0 = runner.run(dirs(OPA_SUITE.resolve("v0")), true, out);
      passed += v1.passed() + v0.passed();
      summaries.add("v1 " + v1.summary());
      summaries.add("v0 " + v0.summary());
      v1.families().forEach((f, c) -> summaries.add("  v1 " + f + " " + c[0] + "/" + (c[0] + c[1])));
    }
    String snapshot = System.getProperty("rego.compliance.dir");
    if (snapshot != null && Files.isDirectory(Path.of(snapshot))) {
      ComplianceReport s = runner.run(dirs(Path.of(snapshot)), true, out);
      passed += s.passed();
      summaries.add("snapshot " + s.summary());
    }
    Assumptions.assumeTrue(!summaries.isEmpty(), "no compliance suite available");
    System.out.println(buf.toString(StandardCharsets.UTF_8));
    summaries.forEach(System.out::println);
    assertThat(passed).isGreaterThanOrEqualTo(PASS_FLOOR);
  }
}
