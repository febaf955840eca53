package io.opadynamodb.rego.builtins.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinFunction;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.testsupport.LiteralCallCases;
import io.opadynamodb.rego.builtins.testsupport.TestContext;
import io.opadynamodb.rego.value.ValueFormatter;
import io.opadynamodb.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the literal-call compliance cases of the system families directly against the built-ins
 * (see {@link LiteralCallCases}); the full YAML suite runs once the evaluator exists.
 */
class SystemLiteralCasesTest {
  private static final String[] DIRS = {"cryptohmacequal", "cryptohmacmd5", "cryptohmacsha1", "cryptohmacsha256",
      "cryptohmacsha512", "cryptomd5", "cryptosha1", "cryptosha256", "cryptoparsersaprivatekeys",
      "cryptox509parseandverifycertificates", "cryptox509parsecertificaterequest", "cryptox509parsecertificates",
      "cryptox509parsekeypair", "cryptox509parsersaprivatekey", "jwtbuiltins", "jwtdecodeverify", "jwtencodesign",
      "jwtencodesignheadererrors", "jwtencodesignpayloaderrors", "jwtencodesignraw", "jwtverifyeddsa",
      "jwtverifyhs256", "jwtverifyhs384", "jwtverifyhs512", "jwtverifyrsa", "providers-aws", "time", "rand"};

  @Test
  void literalCallCasesPass() throws Exception {
    Assumptions.assumeTrue(java.nio.file.Files.isDirectory(LiteralCallCases.OPA_V1), "OPA's compliance suite is not here");
    BuiltinRegistry r = TestContext.registry(SystemBuiltinsTestSupport.families().toArray(new BuiltinFamily[0]));
    List<LiteralCallCases.Case> cases = LiteralCallCases.load(List.of(LiteralCallCases.OPA_V1), DIRS);
    List<String> failures = new ArrayList<>();
    int run = 0;
    for (LiteralCallCases.Case c : cases) {
      BuiltinFunction fn = r.get(c.builtin());
      if (fn == null) {
        failures.add(c.file() + " " + c.note() + ": no builtin " + c.builtin());
        continue;
      }
      run++;
      TestContext ctx = new TestContext();
      try {
        Value got = fn.call(ctx, c.args());
        if (c.wantError() != null) {
          failures.add(c.file() + " " + c.note() + ": expected error " + c.wantError() + " got "
              + (got == null ? "undefined" : ValueFormatter.rego(got)));
        } else if (c.want() == null ? got != null : !c.want().equals(got)) {
          failures.add(c.file() + " " + c.note() + ": want " + (c.want() == null ? "undefined"
              : ValueFormatter.rego(c.want())) + " got " + (got == null ? "undefined" : ValueFormatter.rego(got)));
        }
      } catch (BuiltinException e) {
        if (c.wantError() == null || !e.getMessage().contains(c.wantError())) {
          failures.add(c.file() + " " + c.note() + ": error " + e.getMessage() + " (want "
              + (c.wantError() == null ? "result" : c.wantError()) + ")");
        }
      } catch (RuntimeException e) {
        failures.add(c.file() + " " + c.note() + ": crash " + e);
      }
    }
    cases.stream().collect(java.util.stream.Collectors.groupingBy(LiteralCallCases.Case::builtin, java.util.TreeMap::new, java.util.stream.Collectors.counting())).forEach((k, v) -> System.out.println("  " + k + " " + v));
    System.out.println("literal system cases: " + run + " run, " + failures.size() + " failed");
    failures.forEach(f -> System.out.println("  FAIL " + (f.length() > 400 ? f.substring(0, 400) : f)));
    assertThat(run).isGreaterThan(50);
    assertThat(failures).isEmpty();
  }
}
