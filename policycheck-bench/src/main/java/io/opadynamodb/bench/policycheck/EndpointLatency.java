package io.opadynamodb.bench.policycheck;

import org.HdrHistogram.Histogram;

/** The latencies of one endpoint, summed over its measured phases, and the time those phases took. */
final class EndpointLatency {
  /** Longest latency recorded exactly (ns); slower requests are recorded at this value. */
  static final long HIGHEST_NS = 60_000_000_000L;

  private final String name;
  private final Histogram histogram = new Histogram(HIGHEST_NS, 3);
  private long phaseNanos;

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
