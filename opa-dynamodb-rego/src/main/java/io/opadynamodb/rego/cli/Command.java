package io.opadynamodb.rego.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the CLI ({@code eval}, {@code test}...). */
interface Command {

  /** The word that selects the command. */
  String name();

  /** One line for the command list of {@code --help}. */
  String summary();

  /** The command's full help text. */
  String usage();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @return the process exit status
   */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
