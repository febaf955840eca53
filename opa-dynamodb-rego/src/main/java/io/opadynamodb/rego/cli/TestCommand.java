package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.builtins.system.GoDuration;
import io.opadynamodb.rego.value.BooleanValue;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code test}: runs the {@code test_*} rules found in the given files and directories, like {@code opa test}. */
final class TestCommand implements Command {
  private static final Options.Spec SPEC = new Options.Spec()
      .flag("--verbose", "-v")
      .value("--capabilities")
      .flag("--v0-compatible")
      .value("--timeout");
  private static final String RULE = "-".repeat(80);

  private final Engine engine;

  TestCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public String summary() {
    return "Execute Rego test cases";
  }

  @Override
  public String usage() {
    return """
        Usage:
          rego test [flags] PATH...

        Loads the policy and data files under the paths, then evaluates every rule whose name starts with
        'test_' (rules named 'todo_test_' are reported as skipped). A test passes when it evaluates to true.

        Flags:
          -v, --verbose            print every test, not only failures
              --capabilities FILE  the built-ins and hosts allowed (an opa capabilities file)
              --v0-compatible      parse modules as Rego v0
              --timeout DURATION   time limit per test (default none)

        Exit status: 0 when every test passes, 1 when the files cannot be loaded or compiled, 2 when a test
        fails or errs.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options o = SPEC.parse(args);
    Capabilities capabilities = Capabilities.of(o);
    if (o.positional().isEmpty()) {
      throw new UsageException("specify at least one file or directory");
    }
    Duration timeout = EvalCommand.parseTimeout(o.get("--timeout", null));
    Engine.Compiled compiled;
    try {
      LoadedFiles files = FileLoader.load(o.positional());
      compiled = engine.compile(files.modules(), files.data(), o.has("--v0-compatible"), capabilities);
    } catch (LoadException e) {
      err.println(e.asText());
      return 1;
    } catch (RegoException e) {
      boolean parse = e.errors().stream().anyMatch(x -> x.code().equals("rego_parse_error"));
      err.println(ErrorText.format(e.errors(), parse ? " during loading" : ""));
      return 1;
    }

    boolean verbose = o.has("--verbose");
    int pass = 0;
    int fail = 0;
    int skip = 0;
    int error = 0;
    boolean anyPrinted = false;
    String lastFile = null;
    for (TestCase test : TestDiscovery.find(compiled.modules())) {
      String outcome;
      String detail = null;
      List<String> printed = new ArrayList<>();
      long started = System.nanoTime();
      if (test.skip()) {
        outcome = "SKIPPED";
        skip++;
      } else {
        try {
          List<QueryRow> rows = compiled.eval(test.query(), null, false, timeout, printed::add);
          boolean passed = !rows.isEmpty() && rows.get(0).expressions().get(0).value() == BooleanValue.TRUE;
          outcome = passed ? "PASS" : "FAIL";
        } catch (RegoException e) {
          outcome = "ERROR";
          detail = errorDetail(e.errors());
        }
        switch (outcome) {
          case "PASS" -> pass++;
          case "FAIL" -> fail++;
          default -> error++;
        }
      }
      long elapsed = System.nanoTime() - started;
      if (verbose || !outcome.equals("PASS")) {
        if (lastFile != null && !lastFile.equals(test.file())) {
          out.println();
        }
        lastFile = test.file();
        out.println(test.file() + ":" + test.row() + ":");
        out.println(test.query() + ": " + outcome + (test.skip() ? "" : " (" + GoDuration.format(elapsed) + ")"));
        if (detail != null) {
          out.println("  " + detail);
        }
        if (!printed.isEmpty()) {
          // print() output of the test, indented as opa shows it
          out.println();
          printed.forEach(line -> out.println("  " + line));
          out.println();
        }
        anyPrinted = true;
      }
    }
    int total = pass + fail + skip + error;
    if (total == 0) {
      return 0; // opa test prints nothing when there are no tests
    }
    if (anyPrinted) {
      out.println(RULE);
    }
    summary(out, "PASS", pass, total);
    summary(out, "FAIL", fail, total);
    summary(out, "SKIPPED", skip, total);
    summary(out, "ERROR", error, total);
    return fail + error > 0 ? 2 : 0;
  }

  private static void summary(PrintStream out, String label, int count, int total) {
    if (count > 0) {
      out.println(label + ": " + count + "/" + total);
    }
  }

  private static String errorDetail(List<RegoError> errors) {
    return errors.size() == 1 ? ErrorText.one(errors.get(0)) : ErrorText.format(errors);
  }
}
