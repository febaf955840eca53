package io.opadynamodb.spring.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DecisionLogBufferTest {

  @Test
  void queuedEntriesAreWrittenInOrderByTheBackgroundThread() throws Exception {
    List<String> written = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch three = new CountDownLatch(3);
    try (DecisionLogBuffer<String> buffer = new DecisionLogBuffer<>(Duration.ofMillis(10), 100, e -> {
      written.add(e);
      threads.add(Thread.currentThread().getName());
      three.countDown();
    })) {
      assertThat(buffer.offer("a")).isTrue();
      assertThat(buffer.offer("b")).isTrue();
      assertThat(buffer.offer("c")).isTrue();
      assertThat(three.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(written).containsExactly("a", "b", "c");
      assertThat(threads).containsOnly("opa-decision-log");
      assertThat(buffer.pending()).isZero();
    }
  }

  @Test
  void aFullBufferRefusesAndCloseWritesWhatIsLeft() {
    List<String> written = new CopyOnWriteArrayList<>();
    // An interval long enough that the background thread never runs during the test.
    DecisionLogBuffer<String> buffer = new DecisionLogBuffer<>(Duration.ofHours(1), 2, written::add);
    assertThat(buffer.offer("a")).isTrue();
    assertThat(buffer.offer("b")).isTrue();
    assertThat(buffer.offer("c")).as("over capacity: the caller writes it").isFalse();
    assertThat(buffer.pending()).isEqualTo(2);
    assertThat(written).isEmpty();

    buffer.close();

    assertThat(written).containsExactly("a", "b");
    assertThat(buffer.pending()).isZero();
    assertThat(buffer.offer("late")).as("closed: the caller writes it").isFalse();
  }

  @Test
  void aFailingWriteDoesNotStopTheOthers() {
    List<String> written = new CopyOnWriteArrayList<>();
    DecisionLogBuffer<String> buffer = new DecisionLogBuffer<>(Duration.ofHours(1), 10, e -> {
      if (e.equals("bad")) {
        throw new IllegalStateException("appender broken");
      }
      written.add(e);
    });
    buffer.offer("a");
    buffer.offer("bad");
    buffer.offer("c");
    buffer.close();
    assertThat(written).containsExactly("a", "c");
  }
}
