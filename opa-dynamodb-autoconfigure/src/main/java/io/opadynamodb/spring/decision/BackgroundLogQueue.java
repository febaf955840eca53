package io.opadynamodb.spring.decision;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs log writes on one background thread, so that formatting a decision and the appender's I/O are not part of
 * the request's latency (as OPA's decision log plugin buffers its events). The queue is bounded: when it is full a
 * write is dropped, counted, and reported at most every {@link #DROP_WARNING_INTERVAL}, rather than slowing
 * requests or growing without limit. {@link #close()} writes what is queued before it returns.
 */
final class BackgroundLogQueue implements AutoCloseable {
  static final Duration DROP_WARNING_INTERVAL = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(BackgroundLogQueue.class);
  private static final Runnable STOP = () -> {};

  private final BlockingQueue<Runnable> queue;
  private final Thread worker;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong lastDropWarning = new AtomicLong(System.nanoTime() - DROP_WARNING_INTERVAL.toNanos());
  private volatile boolean closed;

  /**
   * @param capacity the most writes waiting at once
   * @param threadName the worker thread's name, as log lines show it
   */
  BackgroundLogQueue(int capacity, String threadName) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.worker = new Thread(this::drain, threadName);
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues a write; false (and counted as dropped) when the queue is full or closed. */
  boolean submit(Runnable write) {
    if (!closed && queue.offer(write)) {
      return true;
    }
    long total = dropped.incrementAndGet();
    long now = System.nanoTime();
    long last = lastDropWarning.get();
    if (now - last >= DROP_WARNING_INTERVAL.toNanos() && lastDropWarning.compareAndSet(last, now)) {
      log.warn("Dropped {} decision log entries so far: {}", total, closed ? "the log is closed"
          : "its queue is full (raise opa.decision-log.queue-capacity, or make the appender faster)");
    }
    return false;
  }

  /** Writes dropped since start. */
  long dropped() {
    return dropped.get();
  }

  private void drain() {
    while (true) {
      Runnable write;
      try {
        write = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (write == STOP) {
        return;
      }
      try {
        write.run();
      } catch (RuntimeException e) {
        log.warn("A decision log write failed: {}", e.toString());
      }
    }
  }

  /** Stops accepting writes, and waits (up to 10 s) for the queued ones to be written. */
  @Override
  public void close() {
    closed = true;
    try {
      // after the queued writes; blocks while the queue is full, as long as the worker makes progress
      if (queue.offer(STOP, 10, TimeUnit.SECONDS)) {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker.interrupt();
  }
}
