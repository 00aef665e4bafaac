package dev.parallax.cli;

import dev.parallax.bench.Bench;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parallax bench}: throughput on a scaled corpus against the floors of its libraries, and start-up time. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Builds a scaled corpus from the seed articles in a temporary folder (copies with the outlet "
        + "and story names varied) and times, on the same articles and threads: Lucene's French analyzer, OpenNLP's "
        + "French sentence detection + tokenizing + POS tagging, and Parallax end to end (reading, language layer, "
        + "every analyzer, workbooks and index). Then times whole processes of the jar: compare on the seed story "
        + "against a bare --version, without and with an AppCDS archive.",
        "Prints a Markdown table: words/s, articles/s, peak heap, and the ratios."},
    footer = {"%nFor the target size on a 2 GB heap: PARALLAX_JAVA_OPTS=-Xmx2g ./parallax bench --articles 5000"})
final class BenchCommand implements Callable<Integer> {
  private static final int QUICK_ARTICLES = 200;
  private static final int QUICK_STARTUP_RUNS = 3;

  @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
      description = "Articles in the scaled corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--outlets-per-story", defaultValue = "10", paramLabel = "N",
      description = "Articles per story, one per outlet (default: ${DEFAULT-VALUE}).")
  int outletsPerStory;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--quick", description = "At most " + QUICK_ARTICLES + " articles and " + QUICK_STARTUP_RUNS
      + " start-up runs: a check that the bench works, not a measure.")
  boolean quick;

  @Option(names = "--startup-runs", defaultValue = "5", paramLabel = "N",
      description = "Runs of each start-up command, for the median; 0 skips start-up timing (default: "
          + "${DEFAULT-VALUE}).")
  int startupRuns;

  @Option(names = "--large-article-mb", defaultValue = "5", paramLabel = "MB",
      description = "Also time one story whose article is this large, the seed paragraphs repeated; 0 skips it "
          + "(default: ${DEFAULT-VALUE}; 1 with --quick).")
  int largeArticleMegabytes;

  @Option(names = "--charts", description = "Also time Parallax end to end with the PNG charts of every story.")
  boolean charts;

  @Option(names = "--seeds", defaultValue = "corpus", paramLabel = "DIR",
      description = "The story or corpus folder whose articles are copied (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--keep", description = "Keep the temporary folder (scaled corpus and workbooks) and print it.")
  boolean keep;

  @Mixin
  VerboseOption verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int threadCount = threads.count();
    if (articles < 2) {
      throw new ParameterException(spec.commandLine(), "--articles must be at least 2, was " + articles);
    }
    if (outletsPerStory < 2) {
      throw new ParameterException(spec.commandLine(), "--outlets-per-story must be at least 2, was "
          + outletsPerStory);
    }
    if (startupRuns < 0) {
      throw new ParameterException(spec.commandLine(), "--startup-runs must be at least 0, was " + startupRuns);
    }
    if (largeArticleMegabytes < 0 || largeArticleMegabytes > 100) {
      throw new ParameterException(spec.commandLine(), "--large-article-mb must be between 0 and 100, was "
          + largeArticleMegabytes);
    }
    Progress progress = new Progress(spec.commandLine().getErr(), 1);
    progress.stage("Bench");
    Bench.Options options = new Bench.Options(quick ? Math.min(articles, QUICK_ARTICLES) : articles,
        outletsPerStory, threadCount, charts,
        quick ? Math.min(startupRuns, QUICK_STARTUP_RUNS) : startupRuns, seeds, jar(), keep,
        VersionProvider.version(), quick ? Math.min(largeArticleMegabytes, 1) : largeArticleMegabytes);
    new Bench(options, progress::note).run(spec.commandLine().getOut());
    return 0;
  }

  /** The jar this command runs from, if it runs from one (not from the classes of a build or a test). */
  private static Optional<Path> jar() {
    try {
      Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
  }
}
