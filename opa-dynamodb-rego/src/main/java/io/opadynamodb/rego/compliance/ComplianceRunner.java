package io.opadynamodb.rego.compliance;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.StandardBuiltins;
import io.opadynamodb.rego.compiler.BuiltinCatalog;
import io.opadynamodb.rego.compiler.CompiledModules;
import io.opadynamodb.rego.compiler.CompiledQuery;
import io.opadynamodb.rego.compiler.Compiler;
import io.opadynamodb.rego.eval.EvalConfig;
import io.opadynamodb.rego.eval.Evaluator;
import io.opadynamodb.rego.parser.RegoParser;
import io.opadynamodb.rego.types.BuiltinDecls;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.JavaValues;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import io.opadynamodb.rego.value.ValueFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs OPA's YAML compliance cases and compares results exactly as OPA's
 * {@code topdown/exported_test.go} does: the set of result binding objects (all variables the
 * query bound, wildcards aside) must equal the expected set; errors are matched by code and by
 * message substring.
 */
public final class ComplianceRunner {
  private static final long CASE_TIMEOUT_NANOS = 10_000_000_000L;

  private final Exclusions exclusions;

  public ComplianceRunner(Exclusions exclusions) {
    this.exclusions = exclusions;
  }

  public ComplianceRunner() {
    this(Exclusions.load());
  }

  /** Runs every case under the directories; prints failures and the summary line to {@code out}. */
  public ComplianceReport run(List<Path> dirs, boolean forceV0, PrintStream out) {
    ComplianceReport report = new ComplianceReport();
    for (Path dir : dirs) {
      for (Path file : yamlFiles(dir)) {
        RegoVersion version = forceV0 || isV0(file) ? RegoVersion.V0 : RegoVersion.V1;
        for (ComplianceCase c : load(file)) {
          if (exclusions.excludes(file, c.key())) {
            report.record(c.family(), 2);
            continue;
          }
          String failure = runCase(c, version);
          if (failure == null) {
            report.record(c.family(), 0);
          } else {
            report.record(c.family(), 1);
            out.println("FAIL " + file + " [" + c.note() + "]: " + failure);
          }
        }
      }
    }
    out.println(report.summary());
    return report;
  }

  private static boolean isV0(Path file) {
    for (Path p : file) {
      if (p.toString().equals("v0")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<ComplianceCase> load(Path file) {
    LoaderOptions lo = new LoaderOptions();
    lo.setCodePointLimit(64 * 1024 * 1024);
    Yaml yaml = new Yaml(new SafeConstructor(lo), new org.yaml.snakeyaml.representer.Representer(
        new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), lo, new Yaml12Resolver());
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, Object> doc = yaml.load(in);
      List<ComplianceCase> out = new ArrayList<>();
      if (doc == null || !(doc.get("cases") instanceof List)) {
        return out;
      }
      String family = file.getParent().getFileName().toString();
      for (Object o : (List<Object>) doc.get("cases")) {
        Map<String, Object> m = (Map<String, Object>) o;
        out.add(new ComplianceCase(file, family, String.valueOf(m.get("note")), m));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one case; returns null when it passes, otherwise what went wrong. */
  public String runCase(ComplianceCase c, RegoVersion version) {
    Object wantResult = c.raw().get("want_result");
    String wantCode = (String) c.raw().get("want_error_code");
    String wantError = (String) c.raw().get("want_error");
    if (wantError != null) {
      wantError = exclusions.expectedError(c.file(), wantError);
    }
    List<Map<String, Value>> rows = new ArrayList<>();
    RegoException error = null;
    try {
      rows = evaluate(c, version);
    } catch (RegoException e) {
      error = e;
    } catch (RuntimeException | StackOverflowError e) {
      return "crash: " + e;
    }
    if (wantCode != null || wantError != null) {
      if (error == null) {
        return "expected error " + (wantCode != null ? wantCode : "") + " " + (wantError != null ? wantError : "")
            + " but got " + describe(rows);
      }
      if (wantCode != null && !hasCode(error, wantCode)) {
        return "expected error code " + wantCode + " but got " + error.getMessage();
      }
      if (wantError != null && !error.getMessage().contains(wantError)) {
        return "expected error containing \"" + wantError + "\" but got " + error.getMessage();
      }
      return null;
    }
    if (error != null) {
      return "unexpected error: " + error.getMessage();
    }
    SetValue expected = expected(wantResult);
    SetValue got = got(rows, c.flag("sort_bindings"), c.flag("ignore_generated_vars"));
    if (!expected.equals(got)) {
      return "expected " + ValueFormatter.rego(expected) + " got " + ValueFormatter.rego(got);
    }
    return null;
  }

  private static boolean hasCode(RegoException e, String code) {
    for (RegoError err : e.errors()) {
      if (err.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(List<Map<String, Value>> rows) {
    return rows.isEmpty() ? "undefined" : rows.toString();
  }

  private List<Map<String, Value>> evaluate(ComplianceCase c, RegoVersion version) {
    List<Module> modules = new ArrayList<>();
    int i = 0;
    for (String src : c.modules()) {
      modules.add(RegoParser.parseModule("test-" + (i++) + ".rego", exclusions.moduleText(c.file(), src), version));
    }
    CompiledModules compiled = Compiler.compile(modules, TestSleep.declare(BuiltinCatalog.standard()),
        TestSleep.declare(BuiltinDecls.standard()));
    Body query = RegoParser.parseQuery(c.query(), version);
    CompiledQuery q = Compiler.compileQuery(query, compiled);
    Value data = c.raw().get("data") == null ? ObjectValue.EMPTY : JavaValues.fromJava(c.raw().get("data"));
    Value input = null;
    if (c.raw().get("input_term") != null) {
      input = termValue((String) c.raw().get("input_term"), compiled);
    } else if (c.raw().containsKey("input")) {
      input = JavaValues.fromJava(c.raw().get("input"));
    }
    BuiltinRegistry registry = TestSleep.register(StandardBuiltins.registry());
    EvalConfig cfg = new EvalConfig(input, c.flag("strict_error"), System.nanoTime() + CASE_TIMEOUT_NANOS, null,
        line -> { }, System.currentTimeMillis() * 1_000_000L, registry, new ConcurrentHashMap<>(), null, null);
    Evaluator ev = new Evaluator(compiled, data, cfg);
    List<Map<String, Value>> rows = new ArrayList<>();
    ev.run(q.body(), rows::add);
    return rows;
  }

  private static Value termValue(String text, CompiledModules compiled) {
    Body b = RegoParser.parseQuery("__input_term__ = " + text, RegoVersion.V1);
    CompiledQuery q = Compiler.compileQuery(b, compiled);
    EvalConfig cfg = new EvalConfig(null, false, 0, null, null, 0, StandardBuiltins.registry(),
        new ConcurrentHashMap<>(), null, null);
    Value[] out = {null};
    new Evaluator(compiled, ObjectValue.EMPTY, cfg).run(q.body(), m -> out[0] = m.get("__input_term__"));
    return out[0];
  }

  @SuppressWarnings("unchecked")
  private static SetValue expected(Object want) {
    SetValue.Builder s = SetValue.builder();
    if (want instanceof List<?> l) {
      for (Object row : l) {
        ObjectValue.Builder o = ObjectValue.builder();
        if (row instanceof Map<?, ?> m) {
          for (Map.Entry<?, ?> e : m.entrySet()) {
            o.put(StringValue.of(String.valueOf(e.getKey())), JavaValues.fromJava(e.getValue()));
          }
        }
        s.add(o.build());
      }
    }
    return s.build();
  }

  private static SetValue got(List<Map<String, Value>> rows, boolean sortBindings, boolean ignoreGenerated) {
    SetValue.Builder s = SetValue.builder();
    for (Map<String, Value> row : rows) {
      ObjectValue.Builder o = ObjectValue.builder();
      for (Map.Entry<String, Value> e : row.entrySet()) {
        String name = e.getKey();
        if (name.startsWith("$") || (ignoreGenerated && name.startsWith("__localq"))) {
          continue;
        }
        Value v = toJsonShape(e.getValue());
        if (sortBindings && v instanceof ArrayValue a) {
          Value[] xs = a.toArray();
          Arrays.sort(xs);
          v = ArrayValue.wrap(xs);
        }
        o.put(StringValue.of(name), v);
      }
      s.add(o.build());
    }
    return s.build();
  }

  /** As OPA's {@code ast.JSON}: sets become arrays and object keys strings. */
  private static Value toJsonShape(Value v) {
    if (v instanceof SetValue set) {
      Value[] xs = new Value[set.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = toJsonShape(set.get(i));
      }
      return ArrayValue.wrap(xs);
    }
    if (v instanceof ArrayValue a) {
      Value[] xs = new Value[a.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = toJsonShape(a.get(i));
      }
      return ArrayValue.wrap(xs);
    }
    if (v instanceof ObjectValue o) {
      ObjectValue.Builder b = ObjectValue.builder();
      for (int i = 0; i < o.size(); i++) {
        Value k = o.keyAt(i);
        String ks = k instanceof StringValue str ? str.value() : io.opadynamodb.rego.value.Json.write(k);
        b.put(StringValue.of(ks), toJsonShape(o.valueAt(i)));
      }
      return b.build();
    }
    return v;
  }
}
