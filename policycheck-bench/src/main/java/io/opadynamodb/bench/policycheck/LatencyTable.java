package io.opadynamodb.bench.policycheck;

import java.io.PrintStream;

/** Prints the latency of both endpoints and the difference, the latency {@code @PolicyCheck} adds. */
final class LatencyTable {
  private static final String ROW = "%-28s %10s %10s %10s %10s %12s %12s%n";
  private static final String NUMBERS = "%-28s %10d %10.1f %10.1f %10.1f %12.0f %12.1f%n";

  private LatencyTable() {}

  static void print(PrintStream out, EndpointLatency plain, EndpointLatency checked) {
    out.printf(ROW, "endpoint", "requests", "p50 us", "p90 us", "p99 us", "req/s", "cpu us/req");
    row(out, plain);
    row(out, checked);
    out.printf("%-28s %10s %+10.1f %+10.1f %+10.1f %+11.1f%% %+12.1f%n", "overhead (checked - plain)", "",
        checked.micros(50) - plain.micros(50), checked.micros(90) - plain.micros(90),
        checked.micros(99) - plain.micros(99), 100.0 * (checked.throughput() / plain.throughput() - 1),
        checked.cpuMicrosPerRequest() - plain.cpuMicrosPerRequest());
  }

  private static void row(PrintStream out, EndpointLatency e) {
    out.printf(NUMBERS, e.name(), e.requests(), e.micros(50), e.micros(90), e.micros(99), e.throughput(),
        e.cpuMicrosPerRequest());
  }
}
