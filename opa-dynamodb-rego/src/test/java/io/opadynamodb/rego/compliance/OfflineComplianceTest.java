package io.opadynamodb.rego.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the offline snapshot of OPA's compliance suite (v0 syntax): every case must pass except those listed,
 * with their reasons, in {@code compliance-exclusions.txt}.
 */
class OfflineComplianceTest {
  @Test
  void offlineSnapshotPassesExceptListedExclusions() {
    String dir = System.getProperty("rego.compliance.dir");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no compliance snapshot at " + dir);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ComplianceReport report = new ComplianceRunner().run(List.of(Path.of(dir)), true, out);
    System.out.println(buf.toString(StandardCharsets.UTF_8));
    System.out.println("compliance: " + report.summary());
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, int[]> f : report.families().entrySet()) {
      if (f.getValue()[1] > 0) {
        failing.add(f.getKey() + ": " + f.getValue()[1] + " failed");
      }
    }
    assertThat(failing).as("families with failing cases (see the FAIL lines above)").isEmpty();
    assertThat(report.skipped()).as("excluded cases (target: fewer than 20)").isLessThan(20);
  }
}
