package io.opadynamodb.bench.policycheck;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures the latency {@code @PolicyCheck("rbac.allow")} adds to a real HTTP endpoint. Starts
 * {@link BenchApplication} on a loopback port, checks the set-up (the annotation allows alice, denies bob, and
 * plain lets both through), then for each concurrency: warms both endpoints up, and measures them in alternating
 * phases (plain, checked, checked, plain, ...) so that a change of machine load touches both alike. Prints a
 * table per concurrency: p50, p90, p99, throughput, and checked minus plain. Run it with
 * {@code scripts/policycheck-bench.sh}; arguments as in {@link BenchSettings}.
 */
public final class PolicyCheckBenchmark {
  private static final String SERVER = "server123";
  private static final OperatingSystemMXBean PROCESS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private PolicyCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.parse(args);
    try (ConfigurableApplicationContext app =
        SpringApplication.run(BenchApplication.class, settings.springArgs().toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      URI plain = URI.create("http://127.0.0.1:" + port + ServerEndpoints.PLAIN + SERVER);
      URI checked = URI.create("http://127.0.0.1:" + port + ServerEndpoints.CHECKED + SERVER);
      DecisionCounter decisions = app.getBean(DecisionCounter.class);
      Path decisionLog = Path.of(app.getEnvironment().getProperty("logging.file.name", "decisions.log"));
      System.out.printf("policycheck-bench: %d cores, java %s, decision log %s (%s), warm-up %d s, %d x %d s "
              + "measured per endpoint%n", Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), app.getEnvironment().getProperty("opa.decision-log.enabled"),
          decisionLog.toAbsolutePath(), settings.warmupSeconds(), settings.rounds(), settings.roundSeconds());
      checkSetUp(plain, checked);
      for (int concurrency : settings.concurrency()) {
        measure(settings, concurrency, plain, checked, decisions, decisionLog);
      }
    }
  }

  /** The annotation must decide (alice allowed, bob denied) and the plain endpoint must not. */
  private static void checkSetUp(URI plain, URI checked) throws Exception {
    try (LoadDriver http = new LoadDriver(1, "alice", BenchSecurity.PASSWORD)) {
      String alice = LoadDriver.basic("alice", BenchSecurity.PASSWORD);
      String bob = LoadDriver.basic("bob", BenchSecurity.PASSWORD);
      expect(http.status(plain, alice), 200, "alice on the plain endpoint");
      expect(http.status(checked, alice), 200, "alice on the checked endpoint (rbac allows her)");
      expect(http.status(plain, bob), 200, "bob on the plain endpoint");
      expect(http.status(checked, bob), 403, "bob on the checked endpoint (rbac denies him)");
      expect(http.status(plain, null), 401, "an anonymous caller on the plain endpoint");
      expect(http.status(checked, null), 401, "an anonymous caller on the checked endpoint");
    }
  }

  private static void expect(int status, int expected, String what) {
    if (status != expected) {
      throw new IllegalStateException(what + " answered " + status + ", expected " + expected);
    }
  }

  private static void measure(BenchSettings settings, int concurrency, URI plainUri, URI checkedUri,
      DecisionCounter decisions, Path decisionLog) throws Exception {
    String loadBefore = loadAverage();
    try (LoadDriver driver = new LoadDriver(concurrency, "alice", BenchSecurity.PASSWORD)) {
      Duration warmup = Duration.ofSeconds(settings.warmupSeconds());
      driver.run(plainUri, warmup, new EndpointLatency("warm-up"));
      driver.run(checkedUri, warmup, new EndpointLatency("warm-up"));

      EndpointLatency plain = new EndpointLatency("GET " + ServerEndpoints.PLAIN + "{id}");
      EndpointLatency checked = new EndpointLatency("GET " + ServerEndpoints.CHECKED + "{id}");
      long decisionsBefore = decisions.count();
      long logBytesBefore = size(decisionLog);
      Duration round = Duration.ofSeconds(settings.roundSeconds());
      for (int i = 0; i < settings.rounds(); i++) {
        // ABBA order: plain first in even rounds, checked first in odd ones, against a drifting load
        boolean plainFirst = i % 2 == 0;
        phase(driver, plainFirst ? plainUri : checkedUri, round, plainFirst ? plain : checked);
        phase(driver, plainFirst ? checkedUri : plainUri, round, plainFirst ? checked : plain);
      }
      long decided = decisions.count() - decisionsBefore;
      if (decided != checked.requests()) {
        throw new IllegalStateException(decided + " decisions for " + checked.requests()
            + " measured requests to the checked endpoint: the annotation did not decide each call once");
      }
      System.out.printf("%nconcurrency %d (load average %s before, %s after; %d decisions, decision log +%.1f MB)%n",
          concurrency, loadBefore, loadAverage(), decided, (size(decisionLog) - logBytesBefore) / 1e6);
      LatencyTable.print(System.out, plain, checked);
    }
  }

  /** One measured phase: the latencies and the process CPU time it took. */
  private static void phase(LoadDriver driver, URI uri, Duration length, EndpointLatency into) throws Exception {
    long cpuBefore = PROCESS.getProcessCpuTime();
    driver.run(uri, length, into);
    into.addCpu(PROCESS.getProcessCpuTime() - cpuBefore);
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  /** The 1, 5 and 15-minute load averages, or "n/a" where /proc is missing. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "n/a";
    }
  }
}
