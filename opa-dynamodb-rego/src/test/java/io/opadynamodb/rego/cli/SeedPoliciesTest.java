package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed policies' own tests (policy_test.rego, verified with opa v1.22.2) pass through our engine, run by the
 * CLI's test command as {@code rego test policy.rego policy_test.rego data.json}.
 */
class SeedPoliciesTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");

  @ParameterizedTest
  @ValueSource(strings = {"rbac", "sod", "abac", "awsiam", "xacml"})
  void everySeedTestPasses(String seed) throws Exception {
    Path dir = SEEDS.resolve(seed);
    List<String> args = new ArrayList<>(List.of("test", "-v",
        dir.resolve("policy.rego").toString(), dir.resolve("policy_test.rego").toString()));
    if (Files.exists(dir.resolve("data.json"))) {
      args.add(dir.resolve("data.json").toString());
    }
    long tests = Files.readAllLines(dir.resolve("policy_test.rego")).stream().filter(l -> l.startsWith("test_")).count();

    CliRun run = CliRun.of(new RegoCli(new CoreEngine()), args.toArray(String[]::new));

    assertThat(run.out()).endsWith("PASS: " + tests + "/" + tests + "\n");
    assertThat(run.status()).as(run.out() + run.err()).isZero();
  }
}
