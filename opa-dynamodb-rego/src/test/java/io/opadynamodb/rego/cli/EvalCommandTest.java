package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command's output and exit statuses (the engine is a fake: this is about the CLI's shape). */
class EvalCommandTest {
  private final FakeEngine engine = new FakeEngine();
  private final RegoCli cli = new RegoCli(engine);

  @TempDir
  Path dir;

  @Test
  void definedResultIsPrintedExactlyAsOpaPrintsIt() {
    TreeMap<String, Value> bindings = new TreeMap<>();
    bindings.put("y", Json.parse("[1.0, 59.20]"));
    bindings.put("x", Json.parse("[1, 2]"));
    engine.rows = List.of(new QueryRow(List.of(
        new QueryRow.Expression(Json.parse("true"), "x := {1,2}", 1, 1),
        new QueryRow.Expression(Json.parse("true"), "y = [1.0, 59.20]", 1, 13)), bindings));

    CliRun run = CliRun.of(cli, "eval", "x := {1,2}; y = [1.0, 59.20]");

    assertThat(run.status()).isZero();
    // Captured from `opa eval -f json 'x := {1,2}; y = [1.0, 59.20]'` (OPA v1.22.2).
    assertThat(run.out()).isEqualTo("""
        {
          "result": [
            {
              "expressions": [
                {
                  "value": true,
                  "text": "x := {1,2}",
                  "location": {
                    "row": 1,
                    "col": 1
                  }
                },
                {
                  "value": true,
                  "text": "y = [1.0, 59.20]",
                  "location": {
                    "row": 1,
                    "col": 13
                  }
                }
              ],
              "bindings": {
                "x": [
                  1,
                  2
                ],
                "y": [
                  1.0,
                  59.20
                ]
              }
            }
          ]
        }
        """);
    assertThat(engine.query).isEqualTo("x := {1,2}; y = [1.0, 59.20]");
  }

  @Test
  void undefinedResultIsAnEmptyObject() {
    CliRun run = CliRun.of(cli, "eval", "--format", "json", "data.nope");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("{}\n");
  }

  @Test
  void failFlagsTurnUndefinedOrDefinedIntoExitOne() {
    assertThat(CliRun.of(cli, "eval", "--fail", "data.nope").status()).isEqualTo(1);
    engine.rows = List.of(new QueryRow(List.of(new QueryRow.Expression(Json.parse("1"), "1", 1, 1)), new TreeMap<>()));
    assertThat(CliRun.of(cli, "eval", "--fail-defined", "1").status()).isEqualTo(1);
    assertThat(CliRun.of(cli, "eval", "--fail", "1").status()).isZero();
  }

  @Test
  void errorsArePrintedAsOpaErrorsWithExitTwo() {
    engine.evalError = new RegoException(new RegoError("rego_parse_error", "unexpected eof token & <more>",
        new Location("", 1, 5, "")));

    CliRun run = CliRun.of(cli, "eval", "x := ");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("""
        {
          "errors": [
            {
              "message": "unexpected eof token \\u0026 \\u003cmore\\u003e",
              "code": "rego_parse_error",
              "location": {
                "file": "",
                "row": 1,
                "col": 5
              }
            }
          ]
        }
        """);
  }

  @Test
  void detailLinesOfAMessageStayOutOfTheJsonMessage() {
    engine.evalError = new RegoException(new RegoError("rego_type_error",
        "plus: invalid argument(s)\n\thave: (string, number, ???)\n\twant: (x: number, y: number, z: number)",
        new Location("", 1, 6, "")));

    CliRun run = CliRun.of(cli, "eval", "x := \"a\" + 1");

    assertThat(run.out()).contains("\"message\": \"plus: invalid argument(s)\",\n");
  }

  @Test
  void prettyFormatPrintsErrorsAsText() {
    engine.compileError = new RegoException(new RegoError("rego_type_error", "plus: invalid argument(s)",
        new Location("c.rego", 2, 6, "")));

    CliRun run = CliRun.of(cli, "eval", "-f", "pretty", "-d", write("c.rego", "package c\n"), "data.c.p");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("1 error occurred: c.rego:2: rego_type_error: plus: invalid argument(s)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void malformedInputIsAClearErrorNotAStackTrace() {
    String input = write("input.json", "{\"user\": ");

    CliRun run = CliRun.of(cli, "eval", "-i", input, "input.user");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("unable to parse input: " + input);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void inputAndStrictFlagReachTheEngine() {
    CliRun run = CliRun.of(cli, "eval", "--strict-builtin-errors", "-i", write("in.json", "{\"a\": 1.50}"), "input.a");

    assertThat(run.status()).isZero();
    assertThat(Json.write(engine.input)).isEqualTo("{\"a\":1.50}");
    assertThat(engine.strict).isTrue();
  }

  @Test
  void missingDataFileIsReportedInJson() {
    CliRun run = CliRun.of(cli, "eval", "-d", "nonexist.rego", "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("""
        {
          "errors": [
            {
              "message": "stat nonexist.rego: no such file or directory"
            }
          ]
        }
        """);
  }

  @Test
  void usageErrorsExitOne() {
    CliRun unknownFlag = CliRun.of(cli, "eval", "--bogus", "1");
    CliRun noQuery = CliRun.of(cli, "eval");
    CliRun twoQueries = CliRun.of(cli, "eval", "1", "2");

    assertThat(unknownFlag.status()).isEqualTo(1);
    assertThat(unknownFlag.err()).contains("unknown flag: --bogus");
    assertThat(noQuery.status()).isEqualTo(1);
    assertThat(noQuery.err()).contains("specify query argument");
    assertThat(twoQueries.err()).contains("specify at most one query argument");
  }

  @Test
  void v0FlagReachesTheEngine() {
    CliRun.of(cli, "eval", "--v0-compatible", "1");

    assertThat(engine.v0).isTrue();
  }

  private String write(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, text);
      return p.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
