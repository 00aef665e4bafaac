package dev.parallax.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bench's results as Markdown: the machine, the corpus, a table of passes, the ratios, the start-up times. */
final class BenchReport {
  private static final double END_TO_END_TARGET = 0.5;
  private static final double STARTUP_TARGET = 4;

  private final Bench.Options options;
  private final String corpus;
  private final Bench.Results results;
  private final List<StartupTimer.Timing> startup;
  private final double loadBefore;

  BenchReport(Bench.Options options, String corpus, Bench.Results results, List<StartupTimer.Timing> startup,
              double loadBefore) {
    this.options = options;
    this.corpus = corpus;
    this.results = results;
    this.startup = List.copyOf(startup);
    this.loadBefore = loadBefore;
  }

  void print(PrintWriter out) {
    machine(out);
    passes(out);
    ratios(out);
    if (!startup.isEmpty()) {
      startup(out);
    }
    out.flush();
  }

  private void machine(PrintWriter out) {
    out.println("Parallax bench");
    out.println();
    out.printf(Locale.ROOT, "- Machine: %d cores, %d threads used; max heap %,d MB; Java %s; load average %.1f "
            + "before, %.1f after%n", Runtime.getRuntime().availableProcessors(), options.threads(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), loadBefore, load());
    out.println("- JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    out.println("- Corpus: " + corpus);
    out.printf(Locale.ROOT, "- Words: %,d (whitespace-separated, with a letter or digit, in the analysed bodies); "
        + "every pass reads the same articles on the same threads, after one untimed warm-up pass each%n",
        results.lucene().words());
    out.println();
  }

  private void passes(PrintWriter out) {
    out.println("| Pass | Time (s) | Words/s | Articles/s | CPU (s) | Words per CPU s | Peak heap (MB) "
        + "| GCs (s) | Counted |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Measurement m : results.all()) {
      out.printf(Locale.ROOT, "| %s | %.2f | %,.0f | %,.0f | %.2f | %,.0f | %,.0f | %d (%.2f) | %,d %s |%n", m.pass(),
          m.seconds(), m.wordsPerSecond(), m.articlesPerSecond(), m.cpuSeconds(), m.wordsPerCpuSecond(),
          m.peakHeapMegabytes(), m.heap().collections(), m.heap().collectionMillis() / 1000.0, m.units(),
          m.unitName());
    }
    out.println();
  }

  private void ratios(PrintWriter out) {
    Measurement pos = results.openNlp();
    Measurement endToEnd = results.endToEnd();
    out.printf(Locale.ROOT, "- Lucene analyzer / OpenNLP pass: %.1f× the words per second%n",
        results.lucene().wordsPerSecond() / pos.wordsPerSecond());
    out.printf(Locale.ROOT, "- Parallax without the report / OpenNLP pass: %.2f of its words per second, %.2f of "
        + "its words per CPU second%n", results.analysis().wordsPerSecond() / pos.wordsPerSecond(),
        results.analysis().wordsPerCpuSecond() / pos.wordsPerCpuSecond());
    double ratio = endToEnd.wordsPerSecond() / pos.wordsPerSecond();
    out.printf(Locale.ROOT, "- Parallax end to end / OpenNLP pass: %.2f of its words per second (target at least "
        + "%.2f: %s); %.2f of its words per CPU second%n", ratio, END_TO_END_TARGET,
        ratio >= END_TO_END_TARGET ? "met" : "not met", endToEnd.wordsPerCpuSecond() / pos.wordsPerCpuSecond());
    out.printf(Locale.ROOT, "- Parallax end to end: %,d articles in %.1f s on %d threads, peak heap %,.0f MB%n",
        endToEnd.articles(), endToEnd.seconds(), options.threads(), endToEnd.peakHeapMegabytes());
    out.println();
  }

  private void startup(PrintWriter out) {
    out.printf("Start-up: whole processes of %s with the launcher's JVM options, median of %d runs each%n%n",
        options.jar().orElseThrow().getFileName(), options.startupRuns());
    out.println("| Command | AppCDS archive | Median (s) | Runs (s) |");
    out.println("|---|---|---:|---|");
    for (StartupTimer.Timing t : startup) {
      out.printf(Locale.ROOT, "| %s | %s | %.2f | %s |%n", t.run(), t.sharedArchive() ? "yes" : "no",
          t.medianSeconds(), t.seconds().stream().map(s -> String.format(Locale.ROOT, "%.2f", s))
              .collect(Collectors.joining(" ")));
    }
    out.println();
    for (int i = 0; i + 1 < startup.size(); i += 2) {
      double ratio = startup.get(i + 1).medianSeconds() / startup.get(i).medianSeconds();
      out.printf(Locale.ROOT, "- compare / --version, %s AppCDS: %.1f× (target at most %.0f×: %s)%n",
          startup.get(i).sharedArchive() ? "with" : "without", ratio, STARTUP_TARGET,
          ratio <= STARTUP_TARGET ? "met" : "not met");
    }
  }

  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
