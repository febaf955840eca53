package io.opadynamodb.rego.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.value.Json;
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
 * Differential test against the real OPA binary: {@code /tmp/oracle-parse/index.jsonl} holds, for
 * every module of the compliance suites, the output of {@code opa parse --format json} (produced
 * by {@code gen.py} next to it). Each module's JSON AST from this parser must equal OPA's. Skipped
 * when the oracle output is absent. Modules using and/or/not-bodies or template strings are
 * excluded (they are desugared here, see {@link LogicalParser} and {@link TemplateStrings}).
 */
class OracleAstDiffTest {
  private static final Path INDEX = Path.of("/tmp/oracle-parse/index.jsonl");

  /** The file and the text around the first differing character of want/got. */
  private static String firstDifference(String d) {
    String[] lines = d.split("\n");
    if (lines.length < 3) {
      return d;
    }
    String w = lines[1].substring(8);
    String g = lines[2].substring(8);
    int i = 0;
    while (i < Math.min(w.length(), g.length()) && w.charAt(i) == g.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 150);
    return lines[0] + "\n   want ..." + w.substring(from, Math.min(w.length(), i + 150)) + "\n   got  ..."
        + g.substring(from, Math.min(g.length(), i + 150));
  }

  /** Template strings, and/or/not-bodies: represented differently here on purpose. */
  static boolean usesDesugaredSyntax(String source) {
    return source.contains("$\"") || source.contains("$`") || source.contains("future.keywords.and")
        || source.contains("future.keywords.or") || source.contains("future.keywords.not")
        || source.contains("rego.v2") || source.matches("(?s).*import future\\.keywords\\s*\n.*");
  }

  @Test
  void astMatchesOpa() throws IOException {
    Assumptions.assumeTrue(Files.exists(INDEX), "no oracle output");
    int total = 0;
    int same = 0;
    int skipped = 0;
    List<String> diffs = new ArrayList<>();
    for (String line : Files.readAllLines(INDEX)) {
      ObjectValue rec;
      try {
        rec = (ObjectValue) Json.parse(line);
      } catch (RuntimeException e) {
        continue; // a line still being written
      }
      String source = ((StringValue) rec.get("source")).value();
      String file = ((StringValue) rec.get("file")).value();
      RegoVersion v = ((StringValue) rec.get("version")).value().equals("v0") ? RegoVersion.V0 : RegoVersion.V1;
      String out = ((StringValue) rec.get("out")).value();
      if (usesDesugaredSyntax(source)) {
        skipped++;
        continue;
      }
      total++;
      Value want = out.isBlank() ? null : Json.parse(out);
      boolean opaFailed = want == null || (want instanceof ObjectValue o && o.get("errors") != null);
      String err = ((StringValue) rec.get("err")).value();
      if (out.contains("error calling MarshalJSON") || err.contains("error calling MarshalJSON")) {
        skipped++;
        total--;
        continue;
      }
      String got;
      try {
        Value ours = AstJson.module(RegoParser.parseDetailed(file, source, v, true));
        if (!opaFailed && ours.equals(want)) {
          same++;
          continue;
        }
        got = Json.write(ours);
      } catch (CompileException e) {
        if (opaFailed) {
          same++;
          continue;
        }
        got = e.getMessage();
      }
      diffs.add(file + "\n   want " + (want == null ? "error" : Json.write(want)) + "\n   got  " + got
          + (want == null || got.startsWith("{") ? "" : ""));
    }
    System.out.println("oracle AST diff: " + same + "/" + total + " identical (" + skipped + " skipped)");
    diffs.stream().limit(15).forEach(d -> System.out.println(firstDifference(d)));
    assertThat(same).isGreaterThanOrEqualTo(total * 9 / 10);
  }
}
