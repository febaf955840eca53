package io.opadynamodb.rego.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.parser.RegoParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every module of every compliance case that expects a result must type-check without errors
 * (a bogus type error would turn a passing case into a failure).
 */
class ComplianceTypeCheckTest {
  private static final Path OPA_SUITE = Path.of(
      "/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata");

  record Outcome(int cases, int checked, List<String> failures) {}

  @Test
  void compliance_modules_type_check_clean() throws IOException {
    List<String> failures = new ArrayList<>();
    int[] counts = new int[2];
    scan(OPA_SUITE.resolve("v1"), RegoVersion.V1, failures, counts);
    scan(OPA_SUITE.resolve("v0"), RegoVersion.V0, failures, counts);
    String snapshot = System.getProperty("rego.compliance.dir");
    if (snapshot != null) {
      scan(Path.of(snapshot), RegoVersion.V0, failures, counts);
    }
    Path report = Path.of("target", "types-compliance-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "cases=" + counts[0] + " checked=" + counts[1] + " falsePositives=" + failures.size()
        + "\n" + String.join("\n\n", failures));
    System.out.println("type check over compliance modules: cases=" + counts[0] + " checked=" + counts[1]
        + " false positives=" + failures.size());
    assertThat(failures.size()).isLessThanOrEqualTo(Integer.getInteger("types.maxFalsePositives", 0));
  }

  @SuppressWarnings("unchecked")
  private static void scan(Path dir, RegoVersion version, List<String> failures, int[] counts) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    // OPA's compliance runner registers test.sleep(string) -> null as a custom built-in.
    TypeEnv env = TypeEnv.of(BuiltinDecls.standard().withCustom("test.sleep",
        FunctionType.of(List.of(Types.S), Types.NL)));
    for (Path f : files) {
      Map<String, Object> doc;
      try (InputStream in = Files.newInputStream(f)) {
        doc = new Yaml(new LoaderOptions()).load(in);
      }
      if (doc == null || !(doc.get("cases") instanceof List<?> cases)) {
        continue;
      }
      for (Object o : cases) {
        Map<String, Object> c = (Map<String, Object>) o;
        counts[0]++;
        // Cases expecting a result or a runtime error compile cleanly in OPA.
        String code = String.valueOf(c.get("want_error_code"));
        String want = String.valueOf(c.get("want_error"));
        if (code.startsWith("rego_") || want.contains("rego_")) {
          continue;
        }
        List<Module> modules = new ArrayList<>();
        List<Object> srcs = c.get("modules") instanceof List<?> l ? (List<Object>) l : List.of();
        boolean parsed = true;
        int i = 0;
        for (Object src : srcs) {
          try {
            modules.add(RegoParser.parseModule("mod" + (i++) + ".rego", String.valueOf(src), version));
          } catch (RegoException e) {
            parsed = false;
          }
        }
        if (!parsed) {
          continue;
        }
        counts[1]++;
        try {
          TypeChecker.ModulesResult r = TypeChecker.check(modules, env, TypeChecker.Options.DEFAULT);
          List<RegoError> errs = new ArrayList<>(r.errors());
          if (errs.isEmpty() && c.get("query") instanceof String q) {
            try {
              errs.addAll(TypeChecker.checkQuery(RegoParser.parseQuery(q, version), r.env()));
            } catch (RegoException e) {
              // unparsable query: not this test's concern
            }
          }
          if (!errs.isEmpty()) {
            failures.add(f.getFileName() + " :: " + c.get("note") + "\n  " + errs + "\n" + c.get("query") + "\n" + srcs);
          }
        } catch (RuntimeException e) {
          failures.add(f.getFileName() + " :: " + c.get("note") + "\n  CRASH " + e + " at "
              + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "") + "\n" + srcs);
        }
      }
    }
  }
}
