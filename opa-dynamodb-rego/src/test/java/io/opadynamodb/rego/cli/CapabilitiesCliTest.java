package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --capabilities}: built-ins and hosts as an OPA capabilities file allows them (checked with opa 1.22.2). */
class CapabilitiesCliTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(new RegoCli(new CoreEngine()), args);
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  /** Only upper, eq, assign and http.send; no host allowed. */
  private String capabilities() throws IOException {
    return file("caps.json", "{\"builtins\": [{\"name\": \"upper\"}, {\"name\": \"eq\"}, {\"name\": \"assign\"},"
        + " {\"name\": \"http.send\"}], \"allow_net\": [], \"features\": []}");
  }

  @Test
  void aBuiltinLeftOutIsAnUndefinedFunction() throws IOException {
    String policy = file("cap.rego", "package p\n\nx := count([1])\ny := upper(\"a\")\n");

    CliRun without = run("check", policy);
    CliRun with = run("check", "--capabilities", capabilities(), policy);

    assertThat(without.status()).isZero();
    assertThat(with.status()).isEqualTo(1);
    assertThat(with.err()).contains("cap.rego:3: rego_type_error: undefined function count");
  }

  @Test
  void allowedBuiltinsStillEvaluateAndHostsOutsideAllowNetAreRefused() throws IOException {
    String caps = capabilities();
    String ok = file("ok.rego", "package p\n\nx := upper(\"a\")\n");
    assertThat(run("eval", "--capabilities", caps, "-d", ok, "data.p.x").out()).contains("\"value\": \"A\"");

    String net = file("net.rego", "package p\n\nx := http.send({\"method\": \"get\", \"url\": \"http://localhost:1/\"})\n");
    CliRun refused = run("eval", "--strict-builtin-errors", "--capabilities", caps, "-d", net, "data.p.x");
    assertThat(refused.out()).contains("http.send: disallowed host: localhost");
  }

  @Test
  void aFileThatIsNotCapabilitiesIsAFlagError() throws IOException {
    String policy = file("ok.rego", "package p\n\nx := 1\n");
    CliRun missing = run("check", "--capabilities", dir.resolve("nope.json").toString(), policy);
    CliRun wrong = run("check", "--capabilities", file("bad.json", "{\"builtins\": 3}"), policy);

    assertThat(missing.status()).isNotZero();
    assertThat(missing.err()).contains("invalid argument \"" + dir.resolve("nope.json") + "\" for \"--capabilities\" flag");
    assertThat(wrong.err()).contains("not a capabilities file");
  }
}
