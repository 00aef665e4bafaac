package dev.parallax.bench;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.run.Workers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code parallax bench}: builds a scaled corpus from the seed articles and times, on the same articles and
 * threads, Lucene's French analyzer, OpenNLP's sentence + POS pass and Parallax end to end; then the start-up cost
 * of a two-article run against a bare {@code --version}.
 */
public final class Bench {
  private static final int WARM_UP_ARTICLES = 200;

  /**
   * @param seeds a story folder or corpus folder whose articles are copied
   * @param jar the jar whose processes are timed for start-up, when the bench runs from one
   * @param startupRuns runs of each start-up command; 0 to skip start-up timing
   */
  /** @param largeArticleMegabytes the size of the large article timed on its own; 0 to skip it */
  public record Options(int articles, int outletsPerStory, int threads, boolean charts, int startupRuns,
                        Path seeds, Optional<Path> jar, boolean keep, String version, int largeArticleMegabytes) {
  }

  /** Every timed pass of a bench run, in the order they ran. */
  record Results(Measurement lucene, Measurement openNlp, Measurement analysis, Measurement endToEnd,
                 Optional<Measurement> withCharts, Optional<Measurement> largeArticle) {
    List<Measurement> all() {
      List<Measurement> all = new ArrayList<>(List.of(lucene, openNlp, analysis, endToEnd));
      withCharts.ifPresent(all::add);
      largeArticle.ifPresent(all::add);
      return all;
    }
  }

  private final Options options;
  private final Consumer<String> progress;

  public Bench(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
  }

  public void run(PrintWriter out) {
    double loadBefore = BenchReport.load();
    Path work = temporaryFolder();
    try {
      List<Article> seeds = articles(options.seeds());
      ScaledCorpus corpus = ScaledCorpus.build(seeds, options.articles(), options.outletsPerStory(),
          work.resolve("corpus"));
      progress.accept("Scaled corpus: " + corpus.describe(seeds));
      Results results;
      try (Workers workers = new Workers(options.threads())) {
        warmUp(seeds, work, workers);
        List<Measurement> floors = floors(corpus, workers);
        Measurement floor = floors.get(1);
        progress.accept("Parallax language layer and analyzers, no report");
        Measurement analysis = Passes.analysis(corpus.folder(), floor.words(), floor.articles(), workers,
            options.version());
        results = new Results(floors.get(0), floor, analysis, endToEnd(corpus, work, workers, false, floor),
            options.charts() ? Optional.of(endToEnd(corpus, work, workers, true, floor)) : Optional.empty(),
            largeArticle(seeds, work, workers));
      }
      List<StartupTimer.Timing> startup = startup(work);
      new BenchReport(options, corpus.describe(seeds), results, startup, loadBefore).print(out);
    } finally {
      if (options.keep()) {
        progress.accept("Kept " + work);
      } else {
        delete(work);
      }
    }
  }

  /** Each pass once on a few articles, untimed, so that the timed passes run compiled code. */
  private void warmUp(List<Article> seeds, Path work, Workers workers) {
    progress.accept("Warming up each pass on " + Math.min(WARM_UP_ARTICLES, options.articles()) + " articles");
    ScaledCorpus small = ScaledCorpus.build(seeds, Math.min(WARM_UP_ARTICLES, options.articles()),
        options.outletsPerStory(), work.resolve("warm-up"));
    List<Article> articles = articles(small.folder());
    long words = Passes.words(articles);
    Passes.lucene(articles, words, workers);
    Passes.openNlp(articles, words, workers);
    Passes.analysis(small.folder(), words, articles.size(), workers, options.version());
    Passes.endToEnd(small.folder(), work.resolve("warm-up-reports"), words, articles.size(), workers,
        options.charts(), options.version());
  }

  private List<Measurement> floors(ScaledCorpus corpus, Workers workers) {
    List<Article> articles = articles(corpus.folder());
    long words = Passes.words(articles);
    progress.accept("Lucene FrenchAnalyzer on " + articles.size() + " articles, " + words + " words");
    Measurement lucene = Passes.lucene(articles, words, workers);
    progress.accept("OpenNLP sentences, tokens and POS tags");
    Measurement openNlp = Passes.openNlp(articles, words, workers);
    return List.of(lucene, openNlp);
  }

  private Measurement endToEnd(ScaledCorpus corpus, Path work, Workers workers, boolean charts, Measurement floor) {
    progress.accept("Parallax end to end" + (charts ? ", with charts" : "") + ": " + corpus.stories()
        + " workbooks and the index");
    return Passes.endToEnd(corpus.folder(), work.resolve(charts ? "reports-charts" : "reports"), floor.words(),
        floor.articles(), workers, charts, options.version());
  }

  private Optional<Measurement> largeArticle(List<Article> seeds, Path work, Workers workers) {
    if (options.largeArticleMegabytes() < 1) {
      return Optional.empty();
    }
    LargeArticle large = LargeArticle.build(seeds, options.largeArticleMegabytes(), work.resolve("large-article"));
    progress.accept("Parallax end to end on " + large.describe());
    return Optional.of(Passes.largeArticle(large.folder(), work.resolve("large-article-report"), workers,
        options.version()));
  }

  private List<StartupTimer.Timing> startup(Path work) {
    if (options.startupRuns() < 1 || options.jar().isEmpty()) {
      return List.of();
    }
    progress.accept("Start-up: " + options.startupRuns() + " runs each of --version and compare, "
        + "without and with AppCDS");
    Path story = new CorpusReader(note -> { }).read(options.seeds()).get(0).folder();
    return new StartupTimer(options.jar().get(), story, work, options.startupRuns()).measure();
  }

  private static List<Article> articles(Path folder) {
    return new CorpusReader(note -> { }).read(folder).stream().map(Story::articles).flatMap(List::stream).toList();
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("parallax-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
