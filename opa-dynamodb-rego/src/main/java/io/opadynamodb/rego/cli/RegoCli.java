package io.opadynamodb.rego.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rego} command line, shaped like {@code opa}'s: {@code eval}, {@code test}, {@code check} and
 * {@code compliance} (OPA's YAML compliance cases). Run {@code java -jar rego-cli.jar --help}.
 *
 * <p>Problems with the user's files, policies or input are reported as messages and exit statuses, never as
 * Java stack traces.
 */
public final class RegoCli {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** A CLI whose commands use the given engine. */
  RegoCli(Engine engine) {
    for (Command c : List.of(new EvalCommand(engine), new TestCommand(engine), new CheckCommand(engine),
        new ComplianceCommand(), new BatchCommand(this::execute, System.in))) {
      commands.put(c.name(), c);
    }
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line with the given output streams (tests use this in-process).
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new RegoCli(new CoreEngine()).execute(Arrays.asList(args), out, err);
  }

  int execute(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || List.of("-h", "--help", "help").contains(args.get(0))) {
      if (args.size() > 1 && commands.containsKey(args.get(1))) {
        out.println(commands.get(args.get(1)).usage());
      } else {
        out.println(usage());
      }
      return args.isEmpty() ? 1 : 0;
    }
    Command command = commands.get(args.get(0));
    if (command == null) {
      err.println("Error: unknown command \"" + args.get(0) + "\" for \"rego\"");
      err.println("Run 'rego --help' for usage.");
      return 1;
    }
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("-h") || rest.contains("--help")) {
      out.println(command.usage());
      return 0;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println("Error: " + e.getMessage());
      err.println("Run 'rego " + command.name() + " --help' for usage.");
      return 1;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of ours, not of the user's files: say so plainly; REGO_CLI_DEBUG=1 shows the stack trace.
      err.println("internal error: " + e);
      if (System.getenv("REGO_CLI_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 2;
    }
  }

  private String usage() {
    StringBuilder sb = new StringBuilder("""
        A pure-Java Rego engine with an opa-like command line.

        Usage:
          rego <command> [flags] [arguments]

        Commands:
        """);
    for (Command c : commands.values()) {
      sb.append(String.format("  %-12s %s%n", c.name(), c.summary()));
    }
    sb.append("\nRun 'rego <command> --help' for a command's flags.");
    return sb.toString();
  }
}
