package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.value.Value;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code eval}: evaluates one query against policies, data and input, printing results like {@code opa eval}. */
final class EvalCommand implements Command {
  private static final Options.Spec SPEC = new Options.Spec()
      .value("--data", "-d")
      .value("--input", "-i")
      .value("--format", "-f")
      .value("--timeout")
      .value("--capabilities")
      .flag("--v0-compatible")
      .flag("--strict-builtin-errors")
      .flag("--fail")
      .flag("--fail-defined");

  private final Engine engine;

  EvalCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "eval";
  }

  @Override
  public String summary() {
    return "Evaluate a Rego query";
  }

  @Override
  public String usage() {
    return """
        Usage:
          rego eval [flags] <query>

        Evaluates the query against the policies and data loaded with -d and the input given with -i,
        printing the results as 'opa eval' does.

        Flags:
          -d, --data FILE_OR_DIR      policy (.rego) or data (.json, .yaml) file, or a directory loaded
                                      recursively (data placed under its directory path); repeatable
          -i, --input FILE            the input document (JSON or YAML)
          -f, --format json|pretty    output format (default json)
              --capabilities FILE     the built-ins and hosts allowed (an opa capabilities file)
              --v0-compatible         parse modules and the query as Rego v0
              --strict-builtin-errors stop at the first built-in error instead of making the call undefined
              --timeout DURATION      evaluation time limit, e.g. 5s, 250ms, 1m (default none)
              --fail                  exit 1 when the result is undefined
              --fail-defined          exit 1 when the result is defined

        Exit status: 0 on success, 1 for --fail/--fail-defined and usage errors, 2 for errors.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options o = SPEC.parse(args);
    Capabilities capabilities = Capabilities.of(o);
    if (o.positional().isEmpty()) {
      throw new UsageException("specify query argument");
    }
    if (o.positional().size() > 1) {
      throw new UsageException("specify at most one query argument");
    }
    String format = o.get("--format", "json");
    if (!format.equals("json") && !format.equals("pretty")) {
      throw new UsageException("invalid argument \"" + format + "\" for \"--format\" flag: supported: json, pretty");
    }
    Duration timeout = parseTimeout(o.get("--timeout", null));
    boolean json = format.equals("json");

    LoadedFiles files;
    Value input = null;
    try {
      files = FileLoader.load(o.all("--data"));
    } catch (LoadException e) {
      if (json) {
        out.println(e.asJson()); // opa reports loading problems as errors with a message only
      } else {
        err.println(e.asText());
      }
      return 2;
    }
    if (o.get("--input", null) != null) {
      try {
        input = InputReader.read(o.get("--input", null));
      } catch (LoadException e) {
        err.println(e.getMessage());
        return 2;
      }
    }

    List<QueryRow> rows;
    try {
      Engine.Compiled compiled = engine.compile(files.modules(), files.data(), o.has("--v0-compatible"),
          capabilities);
      rows = compiled.eval(o.positional().get(0), input, o.has("--strict-builtin-errors"), timeout, err::println);
    } catch (RegoException e) {
      printErrors(e.errors(), json, out, err);
      return 2;
    }
    out.println(json ? EvalJsonFormat.results(rows) : EvalPrettyFormat.results(rows));
    boolean defined = !rows.isEmpty();
    if ((o.has("--fail") && !defined) || (o.has("--fail-defined") && defined)) {
      return 1;
    }
    return 0;
  }

  private static void printErrors(List<RegoError> errors, boolean json, PrintStream out, PrintStream err) {
    if (json) {
      out.println(EvalJsonFormat.errors(errors));
    } else {
      err.println(ErrorText.format(errors));
    }
  }

  /** Go-style durations as opa takes them: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
  static Duration parseTimeout(String text) throws UsageException {
    if (text == null || text.equals("0")) {
      return null;
    }
    try {
      String iso = text.endsWith("ms") ? "PT" + Double.parseDouble(text.substring(0, text.length() - 2)) / 1000 + "S"
          : "PT" + text.toUpperCase();
      return Duration.parse(iso);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new UsageException("invalid argument \"" + text + "\" for \"--timeout\" flag: invalid duration");
    }
  }
}
