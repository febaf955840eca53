package io.opadynamodb.dynamodb.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** p50 / p99 / max of measured durations, printed by the measurement runs. */
final class Percentiles {
  private final List<Long> nanos = new ArrayList<>();

  void add(long n) {
    nanos.add(n);
  }

  String summary(String what) {
    List<Long> s = new ArrayList<>(nanos);
    Collections.sort(s);
    return String.format("%s: n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms", what, s.size(), at(s, 0.50), at(s, 0.99),
        s.get(s.size() - 1) / 1e6);
  }

  private static double at(List<Long> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
