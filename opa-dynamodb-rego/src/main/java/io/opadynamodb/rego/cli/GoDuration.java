package io.opadynamodb.rego.cli;

import java.math.BigDecimal;

/** Durations printed as Go's {@code time.Duration.String()} does ({@code 419.958µs}, {@code 1.2ms}, {@code 3s}). */
final class GoDuration {
  private GoDuration() {}

  static String format(long nanos) {
    if (nanos < 1_000) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000) {
      return scaled(nanos, 3) + "µs";
    }
    if (nanos < 1_000_000_000) {
      return scaled(nanos, 6) + "ms";
    }
    return scaled(nanos, 9) + "s";
  }

  private static String scaled(long nanos, int digits) {
    return BigDecimal.valueOf(nanos).movePointLeft(digits).stripTrailingZeros().toPlainString();
  }
}
