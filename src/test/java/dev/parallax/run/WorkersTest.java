package dev.parallax.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {
  private static final List<Integer> NUMBERS = IntStream.range(0, 500).boxed().toList();

  @Test
  void keepsTheOrderOfTheItems() {
    try (Workers workers = new Workers(2)) {
      assertThat(workers.map(NUMBERS, n -> n * 2)).isEqualTo(NUMBERS.stream().map(n -> n * 2).toList());
    }
  }

  @Test
  void runsOnSeveralThreads() {
    try (Workers workers = new Workers(2)) {
      List<String> threads = workers.map(NUMBERS, n -> {
        busyWork(n);
        return Thread.currentThread().getName();
      });
      assertThat(threads.stream().distinct().count()).isGreaterThan(1);
    }
  }

  @Test
  void oneThreadRunsOnTheCallersThread() {
    try (Workers workers = new Workers(1)) {
      assertThat(workers.map(NUMBERS, n -> Thread.currentThread()).stream().distinct())
          .containsExactly(Thread.currentThread());
    }
  }

  @Test
  void nestedMapsShareTheThreadsAndKeepOrder() {
    try (Workers workers = new Workers(2)) {
      List<List<Integer>> nested = workers.map(List.of(1, 2, 3), outer -> workers.map(NUMBERS, n -> n * outer));
      assertThat(nested.get(2)).isEqualTo(NUMBERS.stream().map(n -> n * 3).toList());
    }
  }

  @Test
  void throwsTheFailureOfTheFirstFailingItemInListOrder() {
    try (Workers workers = new Workers(2)) {
      assertThatThrownBy(() -> workers.map(NUMBERS, n -> {
        if (n == 123 || n == 456) {
          throw new IllegalArgumentException("item " + n);
        }
        return n;
      })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 123");
    }
  }

  @Test
  void rejectsZeroThreads() {
    assertThatThrownBy(() -> new Workers(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void busyWork(int n) {
    double x = n;
    for (int i = 0; i < 20_000; i++) {
      x = Math.sqrt(x + i);
    }
    assertThat(x).isPositive();
  }
}
