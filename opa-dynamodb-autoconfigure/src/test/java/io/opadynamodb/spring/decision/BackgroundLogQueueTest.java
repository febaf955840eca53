package io.opadynamodb.spring.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundLogQueueTest {

  @Test
  void writesRunInOrderOnTheWorkerAndCloseWaitsForThem() {
    List<String> written = new CopyOnWriteArrayList<>();
    BackgroundLogQueue queue = new BackgroundLogQueue(100, "test-log-writer");
    for (int i = 0; i < 50; i++) {
      int n = i;
      assertThat(queue.submit(() -> written.add(Thread.currentThread().getName() + " " + n))).isTrue();
    }
    queue.close();
    assertThat(written).hasSize(50).allMatch(w -> w.startsWith("test-log-writer "));
    assertThat(written.get(0)).endsWith(" 0");
    assertThat(written.get(49)).endsWith(" 49");
    assertThat(queue.dropped()).isZero();
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfBlocking() throws InterruptedException {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> written = new CopyOnWriteArrayList<>();
    BackgroundLogQueue queue = new BackgroundLogQueue(2, "test-log-writer");
    queue.submit(() -> {
      writing.countDown();
      await(release);
    });
    assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
    // the worker is busy: two writes fill the queue, the next two are dropped
    assertThat(queue.submit(() -> written.add(1))).isTrue();
    assertThat(queue.submit(() -> written.add(2))).isTrue();
    assertThat(queue.submit(() -> written.add(3))).isFalse();
    assertThat(queue.submit(() -> written.add(4))).isFalse();
    assertThat(queue.dropped()).isEqualTo(2);
    release.countDown();
    queue.close();
    assertThat(written).containsExactly(1, 2);
  }

  @Test
  void aFailingWriteDoesNotStopTheWorker() {
    List<Integer> written = new CopyOnWriteArrayList<>();
    BackgroundLogQueue queue = new BackgroundLogQueue(10, "test-log-writer");
    queue.submit(() -> {
      throw new IllegalStateException("appender broken");
    });
    queue.submit(() -> written.add(1));
    queue.close();
    assertThat(written).containsExactly(1);
  }

  @Test
  void writesAfterCloseAreDropped() {
    BackgroundLogQueue queue = new BackgroundLogQueue(10, "test-log-writer");
    queue.close();
    assertThat(queue.submit(() -> {})).isFalse();
    assertThat(queue.dropped()).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
