package dev.parallax.bench;

/**
 * One timed pass over the scaled corpus.
 *
 * @param words the corpus's words (whitespace-separated, holding a letter or digit), the same for every pass
 * @param units what the pass itself counted (tokens, or stories written), for the notes
 */
record Measurement(String pass, long words, int articles, long nanos, HeapSampler.Heap heap, long units,
                          String unitName) {

  public double seconds() {
    return nanos / 1e9;
  }

  public double wordsPerSecond() {
    return words / seconds();
  }

  public double articlesPerSecond() {
    return articles / seconds();
  }

  public double cpuSeconds() {
    return heap.cpuNanos() / 1e9;
  }

  public double wordsPerCpuSecond() {
    return words / cpuSeconds();
  }

  public double peakHeapMegabytes() {
    return heap.peakBytes() / (1024.0 * 1024.0);
  }
}
