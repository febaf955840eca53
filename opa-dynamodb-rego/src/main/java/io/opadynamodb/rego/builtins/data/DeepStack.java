package io.opadynamodb.rego.builtins.data;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive parse that may nest as deep as Go allows (10000 levels): on the caller's thread
 * first, and only when that thread's stack overflows, again on a thread with a stack big enough for
 * the limit. Go's goroutine stacks grow, so OPA never fails on such depths.
 */
final class DeepStack {
  /** Enough for 10000 levels of the recursive YAML composer, value conversion and JSON scanner port. */
  private static final long STACK_BYTES = 512L << 20;

  private DeepStack() {}

  static <T> T run(Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      return onBigStack(work);
    }
  }

  private static <T> T onBigStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (RuntimeException | StackOverflowError e) {
        failure.set(e);
      }
    }, "rego-deep-parse", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      t.interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof StackOverflowError so) {
      throw so;
    }
    return result.get();
  }
}
