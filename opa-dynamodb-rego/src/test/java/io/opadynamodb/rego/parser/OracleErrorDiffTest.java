package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential test of syntax errors: {@code /tmp/oracle-parse/err.jsonl} holds 900 modules of
 * the compliance suites broken at random (truncated, a character dropped, a token inserted) and
 * what {@code opa parse} says about each. This parser must accept the same modules and report
 * the same errors (message, row, column). Skipped when the oracle output is absent.
 */
class OracleErrorDiffTest {
  @Test
  void errorsMatchOpa() throws IOException {
    check(Path.of("/tmp/oracle-parse/err.jsonl"), false);
  }

  /** Broken modules that use and/or/not-bodies and template strings (gen4.py). */
  @Test
  void logicalOperatorErrorsMatchOpa() throws IOException {
    check(Path.of("/tmp/oracle-parse/err-logic.jsonl"), true);
  }

  /** A second batch of 1500 broken modules (gen3.py). */
  @Test
  void moreErrorsMatchOpa() throws IOException {
    check(Path.of("/tmp/oracle-parse/err2.jsonl"), false);
  }

  private static void check(Path index, boolean desugared) throws IOException {
    Assumptions.assumeTrue(Files.exists(index), "no oracle output");
    int total = 0;
    int same = 0;
    List<String> diffs = new ArrayList<>();
    for (String line : Files.readAllLines(index)) {
      ObjectValue rec = (ObjectValue) Json.parse(line);
      String source = str(rec.get("source"));
      String file = str(rec.get("file"));
      if (!desugared && OracleAstDiffTest.usesDesugaredSyntax(source)) {
        continue;
      }
      RegoVersion v = str(rec.get("version")).equals("v0") ? RegoVersion.V0 : RegoVersion.V1;
      String out = str(rec.get("out")) + str(rec.get("err"));
      if (out.contains("error calling MarshalJSON")) {
        continue;
      }
      total++;
      String want = "ok";
      Value parsed = out.isBlank() ? null : Json.parse(out.substring(out.indexOf('{')));
      if (parsed instanceof ObjectValue o && o.get("errors") instanceof ArrayValue errs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < errs.size(); i++) {
          ObjectValue e = (ObjectValue) errs.get(i);
          ObjectValue l = (ObjectValue) e.get("location");
          sb.append(l == null ? "0:0" : num(l.get("row")) + ":" + num(l.get("col"))).append(' ')
              .append(str(e.get("message"))).append('\n');
        }
        want = sb.toString();
      }
      String got = "ok";
      try {
        RegoParser.parseModule(file, source, v);
      } catch (CompileException e) {
        StringBuilder sb = new StringBuilder();
        for (RegoError err : e.errors()) {
          sb.append(err.location().row()).append(':').append(err.location().col()).append(' ')
              .append(err.message()).append('\n');
        }
        got = sb.toString();
      }
      if (want.equals(got) || want.startsWith("ok") == got.startsWith("ok") && want.contains(": yaml:")) {
        same++;
      } else {
        diffs.add(file + "\n   want " + want.strip().replace("\n", " | ") + "\n   got  " + got.strip().replace("\n", " | "));
      }
    }
    System.out.println("oracle error diff: " + same + "/" + total + " identical");
    diffs.stream().limit(25).forEach(System.out::println);
    assertThat(diffs).isEmpty();
  }

  private static String str(Value v) {
    return v == null ? "" : ((StringValue) v).value();
  }

  private static long num(Value v) {
    return ((NumberValue) v).longValue();
  }
}
