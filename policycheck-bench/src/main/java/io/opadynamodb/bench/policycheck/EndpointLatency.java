package io.opadynamodb.bench.policycheck;

import org.HdrHistogram.Histogram;

/** The latencies of one endpoint, summed over its measured phases, and the time those phases took. */
final class EndpointLatency {
  /** Longest latency recorded exactly (ns); slower requests are recorded at this value. */
  static final long HIGHEST_NS = 60_000_000_000L;

  private final String name;
  private final Histogram histogram = new Histogram(HIGHEST_NS, 3);
  private long phaseNanos;
  private long cpuNanos;

  EndpointLatency(String name) {
    this.name = name;
  }

  static Histogram newHistogram() {
    return new Histogram(HIGHEST_NS, 3);
  }

  synchronized void add(Histogram phase, long elapsedNanos) {
    histogram.add(phase);
    phaseNanos += elapsedNanos;
  }

  /** Adds the CPU time the whole process (server and load driver) spent during one of this endpoint's phases. */
  synchronized void addCpu(long processCpuNanos) {
    cpuNanos += processCpuNanos;
  }

  /**
   * Process CPU time per request in microseconds. The load driver's share is the same for both endpoints, so the
   * difference between them is the server's added work, a figure a busy machine disturbs less than latency.
   */
  double cpuMicrosPerRequest() {
    return requests() == 0 ? 0 : cpuNanos / 1000.0 / requests();
  }

  String name() {
    return name;
  }

  long requests() {
    return histogram.getTotalCount();
  }

  /** The latency at a percentile, in microseconds. */
  double micros(double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1000.0;
  }

  /** Requests per second while this endpoint's phases ran. */
  double throughput() {
    return phaseNanos == 0 ? 0 : requests() * 1e9 / phaseNanos;
  }
}
