import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Publish-to-decision latency over HTTP, driven by scripts/publish-latency.sh (run with
 * {@code java PublishLatency.java}, JDK only). Against running sample apps that share one policy table, it
 * publishes the sample's compute/cpus.rego through {@code POST /actuator/opa} (as admin, on the first instance),
 * alternating the cpu limit between 32 and 8, and after each publish asks every instance in a tight loop whether
 * alice may create a 16-cpu VM ({@code POST /compute/vms}: 201 under 32, 403 under 8) until each has switched.
 * The delay of an instance runs from just before the publish request is sent to the first changed decision; the
 * publish call's own round trip is reported as well, and each instance's delay minus that round trip ("after
 * 200": negative when it switched before the publisher answered). Publishes are spread at random (0.1 to 1.1 s apart) so that
 * they do not line up with the instances' poll timers. The first WARMUP publishes are made the same way but not
 * counted (the instances' JIT compilers are cold after start-up).
 *
 * <p>usage: java PublishLatency.java MODE CPUS_REGO PUBLISHES WARMUP POLL_MS URL_A [URL_B ...]
 * Prints one table row per instance and one for the publish call (milliseconds); with {@code --header} alone,
 * the table's header.
 */
public class PublishLatency {
  private static final String VM_16 = "{\"name\":\"big\",\"image\":\"registry.internal/ubuntu:24.04\",\"cpus\":16}";
  private static final long SWITCH_TIMEOUT_NANOS = 30_000_000_000L;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String cpusSource;
  private final long pollMillis;

  PublishLatency(String cpusSource, long pollMillis) {
    this.cpusSource = cpusSource;
    this.pollMillis = pollMillis;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--header")) {
      System.out.println(header());
      return;
    }
    if (args.length < 6) {
      System.err.println("usage: java PublishLatency.java MODE CPUS_REGO PUBLISHES WARMUP POLL_MS URL_A [URL_B ...]");
      System.exit(2);
    }
    String mode = args[0];
    String source = Files.readString(Path.of(args[1]));
    if (!source.contains("max_cpus := 8")) {
      throw new IllegalStateException(args[1] + " no longer says max_cpus := 8; update the driver");
    }
    int publishes = Integer.parseInt(args[2]);
    int warmup = Integer.parseInt(args[3]);
    List<String> urls = List.of(args).subList(5, args.length);
    new PublishLatency(source, Long.parseLong(args[4])).run(mode, warmup, publishes, urls);
  }

  private void run(String mode, int warmup, int publishes, List<String> urls) throws Exception {
    List<List<Long>> delays = new ArrayList<>();
    urls.forEach(u -> delays.add(new ArrayList<>()));
    List<Long> publishCalls = new ArrayList<>();
    Random random = new Random(42);
    ExecutorService pollers = Executors.newFixedThreadPool(urls.size());
    try {
      // The starting point: every instance on the shipped limit of 8 (the seed), i.e. the 16-cpu VM denied.
      publish(urls.get(0), 8);
      for (String url : urls) {
        awaitStatus(url, 403, System.nanoTime());
      }
      for (int i = -warmup; i < publishes; i++) {
        int limit = Math.floorMod(i + warmup, 2) == 0 ? 32 : 8;
        int expected = limit == 32 ? 201 : 403;
        Thread.sleep(100 + random.nextInt(1000));
        long start = System.nanoTime();
        List<Future<Long>> switched = new ArrayList<>();
        // The pollers start with the publish, so that the instance answering it is caught as soon as it switches.
        for (String url : urls) {
          switched.add(pollers.submit(() -> awaitStatus(url, expected, start)));
        }
        publish(urls.get(0), limit);
        long publishCall = System.nanoTime() - start;
        List<Long> switchTimes = new ArrayList<>();
        for (Future<Long> instance : switched) {
          switchTimes.add(instance.get() - start);
        }
        System.err.printf("%s: %s (max_cpus := %d): call %d ms, switched %s ms%n", mode,
            i < 0 ? "warm-up publish " + (i + warmup + 1) : "publish " + (i + 1) + "/" + publishes, limit,
            publishCall / 1_000_000, switchTimes.stream().map(n -> n / 1_000_000).toList());
        if (i < 0) {
          continue;
        }
        publishCalls.add(publishCall);
        for (int k = 0; k < urls.size(); k++) {
          delays.get(k).add(switchTimes.get(k));
        }
      }
    } finally {
      pollers.shutdownNow();
    }
    for (int k = 0; k < urls.size(); k++) {
      String name = (char) ('A' + k) + (urls.size() > 1 && k == 0 ? " (publisher)" : "");
      System.out.println(row(mode, name, delays.get(k)));
    }
    System.out.println(row(mode, "publish call", publishCalls));
    // How long after the publish's 200 each instance switched (negative: before the publisher answered).
    for (int k = 0; k < urls.size(); k++) {
      List<Long> afterAnswer = new ArrayList<>();
      for (int i = 0; i < publishCalls.size(); i++) {
        afterAnswer.add(delays.get(k).get(i) - publishCalls.get(i));
      }
      System.out.println(row(mode, (char) ('A' + k) + " after 200", afterAnswer));
    }
  }

  /** Header of the table the rows belong to. */
  static String header() {
    return String.format("%-26s %-14s %9s %8s %8s %8s %8s", "mode", "instance", "publishes", "p50 ms", "p90 ms",
        "p99 ms", "max ms");
  }

  private static String row(String mode, String instance, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format("%-26s %-14s %9d %8.0f %8.0f %8.0f %8.0f", mode, instance, sorted.size(),
        percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  /** Publishes the cpus module with this limit; anything but 200 stops the run. */
  private void publish(String url, int limit) throws IOException, InterruptedException {
    String module = cpusSource.replace("max_cpus := 8", "max_cpus := " + limit);
    String body = "{\"modules\":{\"compute/cpus.rego\":" + jsonString(module) + "}}";
    HttpResponse<String> response = send(url + "/actuator/opa", "admin", body);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("publish to " + url + " answered " + response.statusCode() + ": "
          + response.body());
    }
  }

  /** Asks in a tight loop until the 16-cpu VM gets the expected status; the time of that answer. */
  private long awaitStatus(String url, int expected, long since) throws IOException, InterruptedException {
    while (true) {
      int status = send(url + "/compute/vms", "alice", VM_16).statusCode();
      long now = System.nanoTime();
      if (status == expected) {
        return now;
      }
      if (status != 201 && status != 403) {
        throw new IllegalStateException(url + "/compute/vms answered " + status);
      }
      if (now - since > SWITCH_TIMEOUT_NANOS) {
        throw new IllegalStateException(url + " did not switch to " + expected + " within 30 s");
      }
      Thread.sleep(pollMillis);
    }
  }

  private HttpResponse<String> send(String url, String user, String json) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":password").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
