package io.opadynamodb.rego.builtins.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.EvalOptions;
import io.opadynamodb.rego.EvalResult;
import io.opadynamodb.rego.PolicySet;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ResultRow;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs OPA's YAML compliance cases of the number and collection families end to end (parser,
 * compiler, evaluator and these built-ins). Reports pass counts; fails only on a regression below
 * the recorded floor, since failures may belong to other parts of the engine.
 */
class FamilyComplianceTest {
  private static final Path OPA_CASES =
      Path.of("/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata");
  private static final Path SNAPSHOT = Path.of("/work/shared/rego-compliance/opa-v0");
  static final List<String> FAMILIES = List.of("aggregates", "all", "any", "arithmetic", "array", "bitsand",
      "bitsnegate", "bitsor", "bitsshiftleft", "bitsshiftright", "bitsxor", "casts", "comparisonexpr",
      "intersection", "numbersrange", "numbersrangestep", "objectfilter", "objectfilteridempotent",
      "objectfilternonstringkey", "objectget", "objectkeys", "objectremove", "objectremoveidempotent",
      "objectremovenonstringkey", "objectunion", "objectunionn", "sets", "subset", "toarray", "toset", "type",
      "typebuiltin", "typenamebuiltin", "union");

  @Test
  void familyCasesPass() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SNAPSHOT) || Files.isDirectory(OPA_CASES), "no compliance suite here");
    int total = 0;
    int passed = 0;
    List<String> failures = new ArrayList<>();
    List<Object[]> sources = List.of(
        new Object[] {OPA_CASES.resolve("v1"), RegoVersion.V1},
        new Object[] {OPA_CASES.resolve("v0"), RegoVersion.V0},
        new Object[] {SNAPSHOT, RegoVersion.V0});
    for (Object[] src : sources) {
      Path root = (Path) src[0];
      for (String family : FAMILIES) {
        Path dir = root.resolve(family);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
          files = s.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path f : files) {
          for (Map<String, Object> c : load(f)) {
            total++;
            String failure = run(c, (RegoVersion) src[1]);
            if (failure == null) {
              passed++;
            } else {
              failures.add(root.getFileName() + "/" + family + " " + c.get("note") + ": " + failure);
            }
          }
        }
      }
    }
    System.out.println("bi-coll compliance: " + passed + "/" + total + " passed");
    failures.forEach(s -> System.out.println("  FAIL " + s));
    // 998 of 1010 passed when recorded; the rest need sprintf/base64.decode or the evaluator's `in`.
    assertThat(passed).as("passed of %d", total).isGreaterThanOrEqualTo(Math.min(990, total));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> load(Path f) throws IOException {
    LoaderOptions opts = new LoaderOptions();
    opts.setCodePointLimit(64 * 1024 * 1024);
    try (InputStream in = Files.newInputStream(f)) {
      Map<String, Object> doc = new Yaml(opts).load(in);
      Object cases = doc == null ? null : doc.get("cases");
      return cases == null ? List.of() : (List<Map<String, Object>>) cases;
    }
  }

  @SuppressWarnings("unchecked")
  static String run(Map<String, Object> c, RegoVersion version) {
    try {
      PolicySet.Builder b = PolicySet.builder().defaultRegoVersion(version);
      List<String> modules = (List<String>) c.getOrDefault("modules", List.of());
      for (int i = 0; i < modules.size(); i++) {
        b.module("test-" + i + ".rego", modules.get(i));
      }
      if (c.get("data") != null) {
        b.data(c.get("data"));
      }
      PolicySet ps = b.build();
      EvalOptions.Builder o = EvalOptions.builder();
      if (c.get("input_term") != null) {
        PolicySet tp = PolicySet.builder().defaultRegoVersion(version)
            .module("input.rego", "package __input\n\nv := " + c.get("input_term") + "\n").build();
        o.input(tp.evaluate("data.__input.v", EvalOptions.defaults()).rows().get(0).expressions().get(0));
      } else if (c.containsKey("input")) {
        o.input(c.get("input"));
      }
      o.strictBuiltinErrors(Boolean.TRUE.equals(c.get("strict_error")));
      EvalResult r = ps.evaluate((String) c.get("query"), o.build());
      if (c.get("want_error_code") != null || c.get("want_error") != null) {
        return "expected error " + c.get("want_error_code") + " " + c.get("want_error") + ", got " + r;
      }
      Object want = c.get("want_result");
      if (want == null) {
        return null;
      }
      return compareRows((List<Map<String, Object>>) want, r, Boolean.TRUE.equals(c.get("sort_bindings")));
    } catch (RegoException e) {
      Object code = c.get("want_error_code");
      Object msg = c.get("want_error");
      if (code == null && msg == null) {
        return "unexpected error " + e.getMessage();
      }
      for (RegoError err : e.errors()) {
        boolean codeOk = code == null || code.equals(err.code());
        boolean msgOk = msg == null || err.message().contains((String) msg);
        if (codeOk && msgOk) {
          return null;
        }
      }
      return "expected " + code + " " + msg + ", got " + e.errors();
    } catch (RuntimeException e) {
      return "crash " + e;
    }
  }

  private static String compareRows(List<Map<String, Object>> want, EvalResult r, boolean sort) {
    List<Object> got = new ArrayList<>();
    for (ResultRow row : r.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : row.bindings().entrySet()) {
        if (!e.getKey().startsWith("$")) {
          m.put(e.getKey(), normalize(new Yaml().load(Json.write(e.getValue()))));
        }
      }
      got.add(m);
    }
    List<Object> exp = new ArrayList<>();
    for (Map<String, Object> w : want) {
      exp.add(normalize(w));
    }
    if (sort) {
      got.sort(Comparator.comparing(Object::toString));
      exp.sort(Comparator.comparing(Object::toString));
    }
    return got.equals(exp) ? null : "want " + exp + ", got " + got;
  }

  /** Numbers as canonical BigDecimal text so that 1, 1.0 and 1e0 compare equal, as values do. */
  @SuppressWarnings("unchecked")
  private static Object normalize(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.TreeMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(normalize(k)), normalize(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(normalize(x)));
      return out;
    }
    if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
      return "#" + new BigDecimal(o.toString()).stripTrailingZeros().toPlainString();
    }
    if (o instanceof Double d) {
      return d.isInfinite() || d.isNaN() ? "#" + d : "#" + new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
    }
    return o;
  }
}
