package io.opadynamodb.rego.value;

import java.util.HashMap;
import java.util.Map;

/**
 * Lookup over a sorted, duplicate-free array of values: a linear scan for tiny arrays, binary search for small ones, a lazily
 * built hash index for large ones (large objects such as a 10,000-user data document are read by
 * key on every decision).
 */
final class SortedValues {
  private static final int HASH_THRESHOLD = 16;
  private static final int LINEAR_LIMIT = 4;

  private final Value[] sorted;
  private volatile Map<Value, Integer> index;

  SortedValues(Value[] sorted) {
    this.sorted = sorted;
  }

  int indexOf(Value key) {
    if (sorted.length > HASH_THRESHOLD) {
      Map<Value, Integer> idx = index;
      if (idx == null) {
        idx = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
          idx.put(sorted[i], i);
        }
        index = idx;
      }
      Integer i = idx.get(key);
      return i == null ? -1 : i;
    }
    if (sorted.length <= LINEAR_LIMIT) {
      // a few keys (a permission, an input document): equals beats code-point comparisons
      if (key instanceof StringValue ks) {
        return indexOfString(ks.value());
      }
      for (int i = 0; i < sorted.length; i++) {
        if (sorted[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = sorted[mid].compareTo(key);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The linear scan for a string key, without a virtual {@code equals} per element. */
  private int indexOfString(String key) {
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] instanceof StringValue s && s.value().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
