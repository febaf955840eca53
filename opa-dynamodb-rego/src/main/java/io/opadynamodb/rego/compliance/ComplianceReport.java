package io.opadynamodb.rego.compliance;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a compliance run, overall and per family. */
public final class ComplianceReport {
  private int passed;
  private int failed;
  private int skipped;
  private final Map<String, int[]> families = new TreeMap<>();

  void record(String family, int outcome) {
    int[] c = families.computeIfAbsent(family, f -> new int[3]);
    c[outcome]++;
    if (outcome == 0) {
      passed++;
    } else if (outcome == 1) {
      failed++;
    } else {
      skipped++;
    }
  }

  public int passed() {
    return passed;
  }

  public int failed() {
    return failed;
  }

  public int skipped() {
    return skipped;
  }

  /** Per family: {passed, failed, skipped}. */
  public Map<String, int[]> families() {
    return families;
  }

  /** {@code N passed, M failed[, K skipped]}. */
  public String summary() {
    return passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
  }
}
