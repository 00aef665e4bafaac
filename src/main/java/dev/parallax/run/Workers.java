package dev.parallax.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * A fixed number of threads that map a list to a list of the same order. With one thread the work runs on the
 * caller's thread, so that {@code --threads 1} is a true single-threaded run to compare against. Calls may nest (a
 * story mapped over its articles inside a map over stories): the inner map then shares the same threads.
 */
public final class Workers implements AutoCloseable {
  private final int threads;
  private final ForkJoinPool pool;

  public Workers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.pool = threads == 1 ? null : new ForkJoinPool(threads);
  }

  /**
   * Heap a worker may need: a story's parsed articles, analyses and the rows of the workbook being streamed (the
   * bench's 5,000-article run peaks near 320 MB on two workers).
   */
  public static final int MEGABYTES_PER_WORKER = 96;
  /** Workers beyond the cores only help while others wait on the disk; more than this per core only cost memory. */
  public static final int WORKERS_PER_CORE = 4;

  /** One thread per core the JVM may use. */
  public static int allCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The most workers the cores and the heap can hold. */
  public static int limit() {
    return Math.max(1, Math.min(allCores() * WORKERS_PER_CORE, heapMegabytes() / MEGABYTES_PER_WORKER));
  }

  public static int heapMegabytes() {
    return (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  public int threads() {
    return threads;
  }

  /**
   * The function applied to every item, results in the items' order. When items fail, every item is still tried
   * and the failure of the first failing item in list order is thrown, so a run fails the same way at any thread
   * count.
   */
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    List<Outcome<R>> outcomes = pool == null || items.size() < 2
        ? items.stream().map(item -> Outcome.<T, R>of(function, item)).toList()
        : inPool(() -> items.parallelStream().map(item -> Outcome.<T, R>of(function, item)).toList());
    List<R> results = new ArrayList<>(outcomes.size());
    for (Outcome<R> outcome : outcomes) {
      if (outcome.failure() != null) {
        throw outcome.failure();
      }
      results.add(outcome.value());
    }
    return results;
  }

  private <V> V inPool(java.util.concurrent.Callable<V> work) {
    if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return pool.submit(work).join();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  /** The result of one item, or what it threw: kept rather than thrown so that failures are reported in order. */
  private record Outcome<R>(R value, RuntimeException failure) {
    static <T, R> Outcome<R> of(Function<? super T, ? extends R> function, T item) {
      try {
        return new Outcome<>(function.apply(item), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }
  }
}
