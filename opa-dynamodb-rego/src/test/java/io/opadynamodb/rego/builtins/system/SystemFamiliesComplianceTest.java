package io.opadynamodb.rego.builtins.system;

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

/** End-to-end: OPA's compliance cases of the system built-in families (current suite v0+v1 and offline snapshot). */
class SystemFamiliesComplianceTest {
  private static final String CURRENT =
      "/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata";
  private static final String OFFLINE = "/work/shared/rego-compliance/opa-v0";
  private static final String[] PREFIXES = {"time", "crypto", "jwt", "providers", "rand", "netlookup", "http"};

  private static List<Path> familyDirs(Path root) throws Exception {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (var s = Files.list(root)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        for (String prefix : PREFIXES) {
          if (name.startsWith(prefix)) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  private static ComplianceReport run(List<Path> dirs, boolean forceV0, String label) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ComplianceReport report = new ComplianceRunner().run(dirs, forceV0,
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      System.out.println(label + " " + (line.length() > 500 ? line.substring(0, 500) : line));
    }
    return report;
  }

  @Test
  void systemFamiliesPass() throws Exception {
    List<Path> v1 = familyDirs(Path.of(CURRENT, "v1"));
    List<Path> v0 = familyDirs(Path.of(CURRENT, "v0"));
    List<Path> offline = familyDirs(Path.of(OFFLINE));
    Assumptions.assumeTrue(!v1.isEmpty() || !offline.isEmpty(), "no compliance suite here");
    int passed = run(v1, false, "[v1]").passed() + run(v0, false, "[v0]").passed()
        + run(offline, true, "[offline]").passed();
    assertThat(passed).isGreaterThan(0);
  }
}
