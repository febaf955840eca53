package io.opadynamodb.rego.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable singly linked list that grows at the front. Parser states share these, so saving
 * and restoring a state (OPA's backtracking) costs nothing.
 */
final class PList<T> {
  private static final PList<?> EMPTY = new PList<>(null, null, 0);

  private final T head;
  private final PList<T> tail;
  private final int size;

  private PList(T head, PList<T> tail, int size) {
    this.head = head;
    this.tail = tail;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <T> PList<T> empty() {
    return (PList<T>) EMPTY;
  }

  PList<T> add(T value) {
    return new PList<>(value, this, size + 1);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The elements in the order they were added. */
  List<T> toList() {
    List<T> out = new ArrayList<>(size);
    for (PList<T> p = this; p.size > 0; p = p.tail) {
      out.add(p.head);
    }
    Collections.reverse(out);
    return out;
  }
}
