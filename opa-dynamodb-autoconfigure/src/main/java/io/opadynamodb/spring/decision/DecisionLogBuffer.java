package io.opadynamodb.spring.decision;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands decision-log entries from request threads to one background thread that writes whatever has accumulated
 * every flush interval, as OPA's decision logger buffers its events. A request thread only appends to a lock-free
 * queue: nothing wakes the writer per decision (a hand-off per decision cost more than the write it saved), and the
 * writer formats and writes its batch with warm caches. When the buffer is full the entry is refused, and the
 * caller writes it itself: under overload the log slows requests down rather than losing decisions.
 *
 * @param <E> the entry type
 */
final class DecisionLogBuffer<E> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DecisionLogBuffer.class);

  private final Queue<E> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;
  private final Consumer<E> writer;
  private final ScheduledExecutorService flusher;
  /** After close, decisions made late (a task still running at shutdown) are written by their own thread. */
  private volatile boolean closed;

  /**
   * @param flushInterval how often the background thread writes the accumulated entries (positive)
   * @param capacity the most entries waiting; beyond it {@link #offer} refuses
   * @param writer writes one entry (called on the background thread, or by {@link #close})
   */
  DecisionLogBuffer(Duration flushInterval, int capacity, Consumer<E> writer) {
    this.capacity = capacity;
    this.writer = writer;
    this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "opa-decision-log");
      t.setDaemon(true);
      return t;
    });
    long nanos = flushInterval.toNanos();
    flusher.scheduleWithFixedDelay(this::flush, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  /** Queues an entry; false when the buffer is full or closed (the caller then writes it). */
  boolean offer(E entry) {
    if (closed) {
      return false;
    }
    if (size.incrementAndGet() > capacity) {
      size.decrementAndGet();
      return false;
    }
    queue.add(entry);
    return true;
  }

  /** Writes every entry queued so far, in order. A failing write is the writer's to report; the rest go on. */
  void flush() {
    E entry;
    while ((entry = queue.poll()) != null) {
      size.decrementAndGet();
      try {
        writer.accept(entry);
      } catch (RuntimeException e) {
        // A task that throws is never scheduled again: report the broken write and go on with the others.
        log.warn("Could not write a decision-log line: {}", e.toString());
      }
    }
  }

  /** The entries waiting. */
  int pending() {
    return size.get();
  }

  /** Stops the background thread and writes what is left, so that a graceful shutdown loses no decision. */
  @Override
  public void close() {
    closed = true;
    flusher.shutdown();
    try {
      flusher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flush();
  }
}
