package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code batch}: runs many command lines in one process, for test tooling that would otherwise start a JVM per
 * query (the differential test). Each input line is a JSON array of arguments, e.g.
 * {@code ["eval", "-d", "p.rego", "data.p"]}; each output line is {@code {"status":..,"stderr":..,"stdout":..}}.
 */
final class BatchCommand implements Command {
  private static final int LIMIT_SECONDS = 120;

  /** Runs one command line with the given streams and returns its exit status. */
  interface Runner {
    int run(List<String> args, PrintStream out, PrintStream err);
  }

  private final Runner runner;
  private final InputStream in;

  BatchCommand(Runner runner, InputStream in) {
    this.runner = runner;
    this.in = in;
  }

  @Override
  public String name() {
    return "batch";
  }

  @Override
  public String summary() {
    return "Run command lines read from stdin, one JSON array per line (for test tooling)";
  }

  @Override
  public String usage() {
    return """
        Usage:
          rego batch < lines

        Reads one JSON array of arguments per line, runs it as a command line in this process, and writes one
        line {"status": exit status, "stderr": text, "stdout": text} per input line. A command line running
        longer than %d s is reported with status 124.""".formatted(LIMIT_SECONDS);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (!args.isEmpty()) {
      throw new UsageException("batch takes no arguments");
    }
    ExecutorService worker = newWorker();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        out.println(runOne(line, worker));
        out.flush();
        if (worker.isShutdown()) {
          worker = newWorker();
        }
      }
    } catch (IOException e) {
      err.println("batch: " + e.getMessage());
      return 2;
    } finally {
      worker.shutdownNow();
    }
    return 0;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "rego-batch");
      t.setDaemon(true);
      return t;
    });
  }

  private String runOne(String line, ExecutorService worker) {
    List<String> args;
    try {
      args = arguments(Json.parse(line));
    } catch (IllegalArgumentException e) { // includes JsonFormatException
      return result(2, "", "batch: each line must be a JSON array of strings: " + e.getMessage());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Future<Integer> status = worker.submit(() -> runner.run(args, o, e));
    try {
      int s = status.get(LIMIT_SECONDS, TimeUnit.SECONDS);
      return result(s, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (TimeoutException ex) {
      status.cancel(true);
      worker.shutdownNow(); // the stuck thread is a daemon: leave it and use a fresh one
      return result(124, "", "batch: timed out after " + LIMIT_SECONDS + " s");
    } catch (ExecutionException | InterruptedException ex) {
      return result(2, "", "batch: " + ex.getCause());
    }
  }

  private static List<String> arguments(Value v) {
    if (!(v instanceof ArrayValue array)) {
      throw new IllegalArgumentException("not an array");
    }
    List<String> args = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof StringValue s)) {
        throw new IllegalArgumentException("argument " + i + " is not a string");
      }
      args.add(s.value());
    }
    return args;
  }

  private static String result(int status, String stdout, String stderr) {
    return Json.write(ObjectValue.builder()
        .put("status", NumberValue.of(status))
        .put("stdout", StringValue.of(stdout))
        .put("stderr", StringValue.of(stderr))
        .build());
  }
}
