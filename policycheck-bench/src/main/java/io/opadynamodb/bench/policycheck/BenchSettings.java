package io.opadynamodb.bench.policycheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's command line. Its own options are {@code --concurrency=1,4} (one measurement per number of
 * concurrent clients), {@code --warmup=SECONDS} (per endpoint, per concurrency), {@code --round=SECONDS} (one
 * measured phase of one endpoint) and {@code --rounds=N} (measured phases per endpoint); every other
 * {@code --name=value} goes to the Spring application (e.g. {@code --opa.decision-log.enabled=false}).
 *
 * @param concurrency the numbers of concurrent clients to measure, in order
 * @param warmupSeconds warm-up time per endpoint before each measurement
 * @param roundSeconds length of one measured phase
 * @param rounds measured phases per endpoint
 * @param springArgs the arguments for the application
 */
public record BenchSettings(List<Integer> concurrency, int warmupSeconds, int roundSeconds, int rounds,
    List<String> springArgs) {

  /** Parses the command line; a bad value is an {@link IllegalArgumentException} naming the option. */
  public static BenchSettings parse(String... args) {
    List<Integer> concurrency = List.of(1, 4);
    int warmup = 20;
    int round = 5;
    int rounds = 6;
    List<String> spring = new ArrayList<>();
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value = arg.substring(Math.min(arg.length(), name.length() + 1));
      switch (name) {
        case "--concurrency" -> concurrency = Arrays.stream(value.split(",")).map(v -> positive(name, v)).toList();
        case "--warmup" -> warmup = positive(name, value);
        case "--round" -> round = positive(name, value);
        case "--rounds" -> rounds = positive(name, value);
        default -> {
          if (!arg.startsWith("--") || !arg.contains("=")) {
            throw new IllegalArgumentException("unknown argument '" + arg + "': expected --concurrency=1,4, "
                + "--warmup=SECONDS, --round=SECONDS, --rounds=N or a Spring property --name=value");
          }
          spring.add(arg);
        }
      }
    }
    if (spring.stream().noneMatch(a -> a.startsWith("--server.port="))) {
      spring.add("--server.port=0"); // any free port, unless one is given (a repeated option would be "0,P")
    }
    return new BenchSettings(concurrency, warmup, round, rounds, List.copyOf(spring));
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(option + " must be a positive whole number, got '" + value + "'");
  }
}
