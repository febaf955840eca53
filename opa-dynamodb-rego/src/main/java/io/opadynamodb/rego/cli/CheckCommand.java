package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.value.ObjectValue;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code check}: parses and compiles the modules under the paths, reporting errors like {@code opa check}. */
final class CheckCommand implements Command {
  private static final Options.Spec SPEC = new Options.Spec()
      .value("--format", "-f")
      .value("--capabilities")
      .flag("--v0-compatible");

  private final Engine engine;

  CheckCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "Check Rego source files";
  }

  @Override
  public String usage() {
    return """
        Usage:
          rego check [flags] PATH...

        Parses and compiles the .rego files under the paths (data files are not read) and prints every error.

        Flags:
          -f, --format pretty|json   output format of the errors (default pretty)
              --capabilities FILE    the built-ins and hosts allowed (an opa capabilities file)
              --v0-compatible        parse modules as Rego v0

        Exit status: 0 when the modules compile, 1 otherwise.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Options o = SPEC.parse(args);
    Capabilities capabilities = Capabilities.of(o);
    if (o.positional().isEmpty()) {
      throw new UsageException("specify at least one file");
    }
    String format = o.get("--format", "pretty");
    if (!format.equals("json") && !format.equals("pretty")) {
      throw new UsageException("invalid argument \"" + format + "\" for \"--format\" flag: supported: pretty, json");
    }
    try {
      LoadedFiles files = FileLoader.load(o.positional(), true);
      engine.compile(files.modules(), ObjectValue.EMPTY, o.has("--v0-compatible"), capabilities);
      return 0;
    } catch (LoadException e) {
      if (format.equals("json")) {
        out.println(e.asJson());
      } else {
        err.println(e.asText());
      }
      return 1;
    } catch (RegoException e) {
      if (format.equals("json")) {
        out.println(EvalJsonFormat.errors(e.errors()));
      } else {
        err.println(ErrorText.format(e.errors()));
      }
      return 1;
    }
  }
}
