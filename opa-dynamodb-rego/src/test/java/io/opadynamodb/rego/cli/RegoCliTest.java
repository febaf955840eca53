package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI end to end with the real engine, as {@code main} runs it, on the RBAC seed. */
class RegoCliTest {
  private static final String RBAC = "src/test/resources/seeds/rbac/";

  @Test
  void definedDecisionIsPrintedAsOpaJson() {
    CliRun run = run("eval", "-d", RBAC + "policy.rego", "-d", RBAC + "data.json",
        "-i", RBAC + "input-alice-write-server.json", "data.rbac.authz.allow");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("""
        {
          "result": [
            {
              "expressions": [
                {
                  "value": true,
                  "text": "data.rbac.authz.allow",
                  "location": {
                    "row": 1,
                    "col": 1
                  }
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void bindingsArePrinted() {
    CliRun run = run("eval", "-d", RBAC + "policy.rego", "-d", RBAC + "data.json",
        "x := data.rbac.authz.role_permissions.hr[0].object");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("""
              "bindings": {
                "x": "database456"
              }
        """);
  }

  @Test
  void undefinedDecisionIsAnEmptyObject() {
    CliRun run = run("eval", "-d", RBAC + "policy.rego", "-d", RBAC + "data.json", "data.rbac.authz.no_such_rule");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("{}\n");
  }

  @Test
  void malformedQueryIsAParseErrorWithExitTwo() {
    CliRun run = run("eval", "x := ");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).startsWith("""
        {
          "errors": [
            {
              "message": \"""");
    assertThat(run.out()).contains("\"code\": \"rego_parse_error\"");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checkReportsACompileErrorInAFile() {
    CliRun ok = run("check", RBAC + "policy.rego");

    assertThat(ok.status()).isZero();
    assertThat(ok.out() + ok.err()).isEmpty();
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("eval", "test", "check", "compliance");
  }

  private static CliRun run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = RegoCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
