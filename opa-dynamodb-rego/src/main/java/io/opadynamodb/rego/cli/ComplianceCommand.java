package io.opadynamodb.rego.cli;

import java.io.PrintStream;
import java.util.List;

/** TEMPORARY until branch {@code core} (ComplianceRunner) is merged. */
final class ComplianceCommand implements Command {
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
    return "Usage:\n  rego compliance [--v0-compatible] DIR...";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    err.println("compliance: the compliance runner is not built in yet");
    return 2;
  }
}
