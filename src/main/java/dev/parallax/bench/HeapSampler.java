package dev.parallax.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches a pass: the highest heap use seen (sampled every few milliseconds, so garbage not yet collected counts
 * too), the collections it caused and the CPU time the process spent, which other programs on the machine do not
 * inflate as they do the elapsed time.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 5;

  /** What the heap went through during one pass. */
  record Heap(long peakBytes, long collections, long collectionMillis, long cpuNanos) {
  }

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
  private final AtomicLong peak = new AtomicLong();
  private final long collectionsBefore;
  private final long millisBefore;
  private final long cpuBefore = cpuNanos();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler() {
    collectionsBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    millisBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    sample();
    thread = new Thread(this::watch, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void watch() {
    while (running) {
      sample();
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  Heap heap() {
    sample();
    return new Heap(peak.get(),
        collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - collectionsBefore,
        collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - millisBefore,
        cpuNanos() - cpuBefore);
  }

  /** CPU time of the whole process (every thread, JIT and GC included), or -1 where the JVM does not tell. */
  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
