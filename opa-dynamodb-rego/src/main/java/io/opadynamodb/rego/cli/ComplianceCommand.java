package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.compliance.ComplianceReport;
import io.opadynamodb.rego.compliance.ComplianceRunner;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code compliance}: runs OPA's YAML compliance cases (OPA's {@code test/cases/testdata} format) through the
 * engine, printing each failure and a summary line {@code compliance: P/T passed (x%), F failed, S excluded}
 * that CI reads. Excluded cases count in the total but not as passed.
 */
final class ComplianceCommand implements Command {
  private static final Options.Spec SPEC = new Options.Spec().flag("--v0-compatible");

  @Override
  public String name() {
    return "compliance";
  }

  @Override
  public String summary() {
    return "Run OPA's YAML compliance cases";
  }

  @Override
  public String usage() {
    return """
        Usage:
          rego compliance [--v0-compatible] DIR...

        Runs every case of the YAML files under the directories (OPA's compliance format: note, query, modules,
        data, input, want_result / want_error_code / want_error). Cases under a directory named v0 are Rego v0;
        --v0-compatible makes every case v0.

        Prints each failing case, then: compliance: P/T passed (x%), F failed, S excluded
        Exit status: 0 when no case fails, 1 otherwise.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options o = SPEC.parse(args);
    if (o.positional().isEmpty()) {
      throw new UsageException("specify at least one directory");
    }
    List<Path> dirs = new ArrayList<>();
    for (String d : o.positional()) {
      Path p = Path.of(d);
      if (!Files.isDirectory(p)) {
        err.println("compliance: " + d + ": not a directory");
        return 2;
      }
      dirs.add(p);
    }
    ComplianceReport report = new ComplianceRunner().run(dirs, o.has("--v0-compatible"), out);
    int total = report.passed() + report.failed() + report.skipped();
    double percent = total == 0 ? 0 : 100.0 * report.passed() / total;
    out.printf(Locale.ROOT, "compliance: %d/%d passed (%.2f%%), %d failed, %d excluded%n",
        report.passed(), total, percent, report.failed(), report.skipped());
    return report.failed() > 0 ? 1 : 0;
  }
}
