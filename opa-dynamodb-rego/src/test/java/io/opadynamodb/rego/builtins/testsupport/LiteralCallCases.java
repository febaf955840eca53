package io.opadynamodb.rego.builtins.testsupport;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Extracts, from OPA's YAML compliance cases, those whose module is one rule calling a single
 * built-in with literal arguments ({@code p := x if { name(lit, ..., x) }}), so built-ins can be
 * checked against OPA's expectations without the evaluator. Any package, {@code =} or {@code :=},
 * and v0 rules without {@code if} are recognised.
 */
public final class LiteralCallCases {
  /** One runnable case: call {@code builtin(args)}; expect {@code want} or an error containing {@code wantError}. */
  public record Case(String file, String note, String builtin, Value[] args, Value want, String wantError) {}

  /** OPA's current v1 compliance cases (from the Go module cache). */
  public static final Path OPA_V1 =
      Path.of("/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata/v1");
  /** OPA's current v0 compliance cases (from the Go module cache). */
  public static final Path OPA_V0 =
      Path.of("/root/go/pkg/mod/github.com/open-policy-agent/opa@v1.22.2/v1/test/cases/testdata/v0");
  /** The offline snapshot of OPA's v0 compliance cases. */
  public static final Path OFFLINE_V0 = Path.of("/work/shared/rego-compliance/opa-v0");

  private static final Pattern CALL = Pattern.compile(
      "p\\s*:?=\\s*(\\[[a-z, ]+\\]|[a-z_]+)\\s+(?:if\\s*)?\\{\\s*(?:([a-z_]+)\\s*:?=\\s*)?([a-z0-9_.]+)\\(");

  private LiteralCallCases() {}

  /** The literal-call cases of the named case directories of each suite, in suite order. */
  public static List<Case> load(List<Path> suites, String... dirs) throws IOException {
    List<Case> out = new ArrayList<>();
    for (Path suite : suites) {
      for (String dir : dirs) {
        Path d = suite.resolve(dir);
        if (!Files.isDirectory(d)) {
          continue;
        }
        try (Stream<Path> files = Files.list(d)) {
          for (Path f : files.sorted().toList()) {
            out.addAll(loadFile(suite.getFileName() + "/" + dir + "/" + f.getFileName(), f));
          }
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Case> loadFile(String name, Path f) throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f)) {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      for (Object doc : yaml.loadAll(in)) {
        List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) doc).get("cases");
        for (Map<String, Object> c : cases) {
          Case k = toCase(name, c);
          if (k != null) {
            out.add(k);
          }
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Case toCase(String file, Map<String, Object> c) {
    List<String> modules = (List<String>) c.get("modules");
    if (modules == null || modules.size() != 1 || !String.valueOf(c.get("query")).matches("data\\.[a-z]+\\.p = x")) {
      return null;
    }
    String src = modules.get(0);
    Matcher m = CALL.matcher(src);
    if (!m.find()) {
      return null;
    }
    String head = m.group(1);
    String assigned = m.group(2);
    String builtin = m.group(3);
    Parser p = new Parser(src, m.end());
    List<Object> args = new ArrayList<>();
    try {
      p.ws();
      while (p.peek() != ')') {
        args.add(p.term());
        p.ws();
        if (p.peek() == ',') {
          p.pos++;
          p.ws();
        }
      }
      p.pos++;
      p.ws();
      if (p.peek() != '}') {
        return null;
      }
    } catch (RuntimeException e) {
      return null;
    }
    String outputText;
    if (assigned != null) {
      outputText = assigned;
    } else {
      if (args.isEmpty() || !(args.get(args.size() - 1) instanceof Output o)) {
        return null;
      }
      outputText = o.text;
      args.remove(args.size() - 1);
    }
    if (!outputText.replace(" ", "").equals(head.replace(" ", ""))) {
      return null;
    }
    Value[] values = new Value[args.size()];
    for (int i = 0; i < values.length; i++) {
      if (!(args.get(i) instanceof Value v)) {
        return null;
      }
      values[i] = v;
    }
    Value want = null;
    String wantError = null;
    if (c.containsKey("want_error") || c.containsKey("want_error_code")) {
      wantError = c.get("want_error") == null ? "" : c.get("want_error").toString();
    } else {
      List<Map<String, Object>> results = (List<Map<String, Object>>) c.get("want_result");
      if (results == null) {
        return null;
      }
      want = results.isEmpty() ? null : Json.fromJava(results.get(0).get("x"));
    }
    return new Case(file, (String) c.get("note"), builtin, values, want, wantError);
  }

  /** An output variable (or array of them) in the call. */
  record Output(String text) {}

  /** A small parser for literal Rego terms. */
  private static final class Parser {
    final String s;
    int pos;

    Parser(String s, int pos) {
      this.s = s;
      this.pos = pos;
    }

    char peek() {
      return s.charAt(pos);
    }

    void ws() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    Object term() {
      ws();
      char c = peek();
      if (c == '"') {
        int start = pos;
        pos++;
        while (s.charAt(pos) != '"') {
          if (s.charAt(pos) == '\\') {
            pos++;
          }
          pos++;
        }
        pos++;
        return Json.parse(s.substring(start, pos));
      }
      if (c == '`') {
        int end = s.indexOf('`', pos + 1);
        String v = s.substring(pos + 1, end);
        pos = end + 1;
        return StringValue.of(v);
      }
      if (c == '[') {
        int start = pos;
        pos++;
        List<Object> elems = new ArrayList<>();
        ws();
        while (peek() != ']') {
          elems.add(term());
          ws();
          if (peek() == ',') {
            pos++;
            ws();
          }
        }
        pos++;
        if (elems.stream().anyMatch(e -> e instanceof Output)) {
          return new Output(s.substring(start, pos));
        }
        return ArrayValue.of(elems.stream().map(e -> (Value) e).toList());
      }
      if (c == '{') {
        pos++;
        ObjectValue.Builder b = ObjectValue.builder();
        ws();
        while (peek() != '}') {
          Value k = (Value) term();
          ws();
          if (peek() != ':') {
            throw new IllegalStateException("not an object");
          }
          pos++;
          Value v = (Value) term();
          b.put(k, v);
          ws();
          if (peek() == ',') {
            pos++;
            ws();
          }
        }
        pos++;
        return b.build();
      }
      int start = pos;
      while (pos < s.length() && "-+.0123456789eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos > start) {
        String num = s.substring(start, pos);
        ws();
        if (",)]}:".indexOf(peek()) < 0) {
          throw new IllegalStateException("expression");
        }
        return NumberValue.parse(num);
      }
      while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
        pos++;
      }
      String word = s.substring(start, pos);
      ws();
      if (",)]}:".indexOf(peek()) < 0) {
        throw new IllegalStateException("expression");
      }
      switch (word) {
        case "true":
          return BooleanValue.TRUE;
        case "false":
          return BooleanValue.FALSE;
        case "null":
          return NullValue.INSTANCE;
        default:
          if (word.isEmpty()) {
            throw new IllegalStateException("unexpected " + peek());
          }
          return new Output(word);
      }
    }
  }
}
