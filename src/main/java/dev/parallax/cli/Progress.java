package dev.parallax.cli;

import java.io.PrintWriter;

/** One line per stage on stderr, numbered, with the time since the run started; callable from any thread. */
final class Progress {
  private final PrintWriter err;
  private final int stages;
  private final long startNanos = System.nanoTime();
  private int stage;

  Progress(PrintWriter err, int stages) {
    this.err = err;
    this.stages = stages;
  }

  synchronized void stage(String message) {
    stage++;
    err.printf("[%d/%d] %s (%.1f s)%n", stage, stages, OneLine.of(message), (System.nanoTime() - startNanos) / 1e9);
    err.flush();
  }

  synchronized void note(String message) {
    err.println("      " + OneLine.of(message));
    err.flush();
  }
}
