package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.ast.RegoVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Parses every module, query and input term of OPA's compliance suites and counts how many parse
 * as the case expects (a {@code rego_parse_error} when the case wants one, success otherwise).
 * Thresholds only move up.
 */
class ComplianceCorpusParseTest {
  private static final Path SNAPSHOT = Path.of("/work/shared/rego-compliance/opa-v0");
  private static final Path CURRENT =
      Path.of("/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata");

  /** Outcome counts for one suite. */
  static final class Counts {
    int total;
    int ok;
    final List<String> failures = new ArrayList<>();
  }

  @Test
  void snapshotV0() throws IOException {
    Counts c = run(SNAPSHOT, RegoVersion.V0);
    report("opa-v0 snapshot", c);
    assertThat(c.ok).isGreaterThanOrEqualTo(c.total - 5);
  }

  @Test
  void currentV1() throws IOException {
    Counts c = run(CURRENT.resolve("v1"), RegoVersion.V1);
    report("current v1", c);
    assertThat(c.ok).isGreaterThanOrEqualTo(c.total - 5);
  }

  @Test
  void currentV0() throws IOException {
    Counts c = run(CURRENT.resolve("v0"), RegoVersion.V0);
    report("current v0", c);
    assertThat(c.ok).isGreaterThanOrEqualTo(c.total - 5);
  }

  private static void report(String name, Counts c) {
    System.out.println(name + ": " + c.ok + "/" + c.total + " parsed as expected");
    c.failures.stream().filter(f -> !f.contains("logic_op")).limit(60).forEach(f -> System.out.println("  " + f));
  }

  @SuppressWarnings("unchecked")
  static Counts run(Path dir, RegoVersion version) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(dir), "suite not available: " + dir);
    Counts c = new Counts();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      Map<String, Object> doc;
      try (InputStream in = Files.newInputStream(f)) {
        doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      }
      if (doc == null || !(doc.get("cases") instanceof List<?> cases)) {
        continue;
      }
      for (Object o : cases) {
        Map<String, Object> tc = (Map<String, Object>) o;
        boolean wantParseError = "rego_parse_error".equals(tc.get("want_error_code"));
        String note = f.getFileName() + " " + tc.get("note");
        List<String> failures = new ArrayList<>();
        if (tc.get("modules") instanceof List<?> mods) {
          for (int i = 0; i < mods.size(); i++) {
            try {
              RegoParser.parseModule("test-" + i + ".rego", String.valueOf(mods.get(i)), version);
            } catch (CompileException e) {
              failures.add(e.getMessage());
            } catch (RuntimeException e) {
              failures.add("CRASH " + e);
            }
          }
        }
        if (tc.get("query") instanceof String q) {
          try {
            RegoParser.parseQuery(q, version);
          } catch (CompileException e) {
            failures.add("query: " + e.getMessage());
          } catch (RuntimeException e) {
            failures.add("CRASH query " + e);
          }
        }
        if (tc.get("input_term") instanceof String t) {
          try {
            RegoParser.parseTerm(t, version);
          } catch (CompileException e) {
            failures.add("input_term: " + e.getMessage());
          } catch (RuntimeException e) {
            failures.add("CRASH input_term " + e);
          }
        }
        c.total++;
        boolean ok = wantParseError ? !failures.isEmpty() : failures.isEmpty();
        if (ok) {
          c.ok++;
        } else {
          c.failures.add(note + " -> " + (failures.isEmpty() ? "parsed, but a parse error was expected"
              : failures.get(0).replace('\n', ' ')));
        }
      }
    }
    return c;
  }
}
