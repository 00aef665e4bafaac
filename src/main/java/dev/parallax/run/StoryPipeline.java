package dev.parallax.run;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.LanguageSupport;
import dev.parallax.analysis.facts.SentenceEncoder;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.corpus.Story;
import dev.parallax.report.ChartWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import dev.parallax.report.IndexEntry;
import dev.parallax.report.IndexWriter;
import dev.parallax.report.OutputChecks;
import dev.parallax.report.OutputException;
import dev.parallax.report.OutputTransaction;
import dev.parallax.report.StoryReport;
import dev.parallax.report.WorkbookWriter;
import dev.parallax.report.deck.BriefingDeck;
import dev.parallax.report.deck.OutletBlocs;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One story end to end: language layer (articles in parallel, in order), analyzers, workbook and charts. The
 * workbook and charts of a story are a function of the story alone, whatever the number of threads.
 */
public final class StoryPipeline {

  /** What every story of a run shares: where it comes from and what is written. */
  public record Settings(String corpus, String version, ZonedDateTime runAt, boolean charts, int chartScale,
                         double factThreshold, Optional<SentenceEncoder> encoder, boolean deck) {
    /** Lexical facts alignment, no sentence encoder, no briefing deck. */
    public Settings(String corpus, String version, ZonedDateTime runAt, boolean charts, int chartScale,
                    double factThreshold) {
      this(corpus, version, runAt, charts, chartScale, factThreshold, Optional.empty(), false);
    }
  }

  /** Receives a line when a stage starts and notes on the way; {@link #quiet()} for many-story runs. */
  public record Listener(Consumer<String> stage, Consumer<String> note) {
    public static Listener quiet() {
      return new Listener(message -> { }, message -> { });
    }
  }

  /**
   * What a story's run wrote, what the index keeps of it, and the PNG files of its chart folder it did not write
   * (an earlier run's charts), left as they were.
   */
  public record Written(IndexEntry entry, Path workbook, List<Path> charts, List<Path> leftFromEarlier,
                        Optional<Path> deck) {
    public Written {
      charts = List.copyOf(charts);
      leftFromEarlier = List.copyOf(leftFromEarlier);
    }
  }

  /** What a many-story run wrote: the stories' workbooks and charts, and the index. */
  public record AllWritten(Path index, List<Written> stories) {
    public AllWritten {
      stories = List.copyOf(stories);
    }

    public List<Path> leftFromEarlier() {
      return stories.stream().flatMap(story -> story.leftFromEarlier().stream()).toList();
    }
  }

  public static final String INDEX = "index.xlsx";
  private static final String CHARTS = "charts";

  /** Draws charts beside the thread that writes the workbook: a new daemon thread for each story's charts. */
  private static final Executor CHART_THREAD = task -> {
    Thread thread = new Thread(task, "parallax-charts");
    thread.setDaemon(true);
    thread.start();
  };

  private final LanguageLayer languageLayer;
  private final Workers workers;
  private final Settings settings;

  public StoryPipeline(LanguageLayer languageLayer, Workers workers, Settings settings) {
    this.languageLayer = languageLayer;
    this.workers = workers;
    this.settings = settings;
  }

  /**
   * Every story on the workers' threads, story {@code s} to {@code <output folder>/s/<output file name>} with its
   * charts beside it, then the index of the stories, {@code <output folder>/index.xlsx}: one transaction, so that
   * either all of them replace the earlier files or none does.
   *
   * @param done told the number of stories written so far, from any thread
   */
  public AllWritten runAll(List<Story> stories, Path output, IntConsumer done) {
    Path folder = output.toAbsolutePath().getParent();
    Path index = folder.resolve(INDEX);
    for (Story story : stories) {
      if (story.name().equalsIgnoreCase(INDEX)) {
        throw new OutputException(story.folder(), "a story folder may not be called " + INDEX
            + ": the index of the stories takes that name in " + folder + "; rename the folder");
      }
      Path workbook = folder.resolve(story.name()).resolve(output.getFileName());
      checkDestinations(workbook, workbook.resolveSibling(CHARTS));
    }
    OutputChecks.checkFile(index);
    AtomicInteger count = new AtomicInteger();
    try (OutputTransaction outputs = new OutputTransaction()) {
      List<Written> written = workers.map(stories, story -> {
        Path workbook = folder.resolve(story.name()).resolve(output.getFileName());
        Written storyWritten = write(story, workbook, workbook.resolveSibling(CHARTS), outputs, Listener.quiet());
        synchronized (count) { // so that "2/2 written" is never printed before "1/2"
          done.accept(count.incrementAndGet());
        }
        return storyWritten;
      });
      new IndexWriter().write(written.stream().map(Written::entry).toList(), settings.version(), settings.corpus(),
          settings.runAt(), index, outputs);
      outputs.commit();
      return new AllWritten(index, written);
    }
  }

  /** The language layer over the story's articles, on the workers' threads, in article order. */
  public ParsedStory parse(Story story) {
    return ParsedStory.of(story, workers.map(story.articles(), languageLayer::parse));
  }

  /**
   * One story's workbook and charts, as one transaction: the destinations are checked before the story is analysed,
   * and no earlier file is replaced unless every file of the story is written.
   */
  public Written run(Story story, Path workbook, Path chartFolder, Listener listener) {
    checkDestinations(workbook, chartFolder);
    try (OutputTransaction outputs = new OutputTransaction()) {
      Written written = write(story, workbook, chartFolder, outputs, listener);
      outputs.commit();
      return written;
    }
  }

  private void checkDestinations(Path workbook, Path chartFolder) {
    OutputChecks.checkFile(workbook);
    if (settings.deck()) {
      OutputChecks.checkFile(deckOf(workbook));
    }
    if (settings.charts()) {
      OutputChecks.checkFolder(chartFolder);
    }
  }

  private Written write(Story story, Path workbook, Path chartFolder, OutputTransaction outputs, Listener listener) {
    listener.stage().accept("Language layer: " + story.name());
    ParsedStory parsed = parse(story);
    listener.note().accept(parsed.articles().size() + " articles, " + parsed.sentences().size() + " sentences, "
        + parsed.articles().stream().mapToInt(ParsedArticle::wordCount).sum() + " words");
    List<Analyzer> analyzers = Analyzers.all(settings.factThreshold(), settings.encoder());
    listener.stage().accept("Analyzers: " + String.join(", ", analyzers.stream().map(Analyzer::id).toList()));
    // Analyzers are pure functions of the story; run side by side (facts waits for the attribution and hedging it
    // reads), they give the results a sequential run gives, in the same order.
    List<AnalysisResult> results = workers.map(analyzers, analyzer -> analyzer.analyze(parsed));
    LanguageSupport.notices(parsed, analyzers).forEach(listener.note());
    StoryReport report = new StoryReport(parsed, results, Findings.of(parsed, results),
        settings.version(), settings.corpus(), settings.runAt());
    // The charts are drawn on another thread while the workbook is written.
    CompletableFuture<List<ChartWriter.Rendered>> drawn = settings.charts()
        ? CompletableFuture.supplyAsync(() -> new ChartWriter(settings.chartScale()).render(report), CHART_THREAD)
        : CompletableFuture.completedFuture(List.of());
    listener.stage().accept("Workbook: " + workbook);
    try {
      new WorkbookWriter().write(report, workbook, outputs);
    } catch (RuntimeException e) {
      drawn.cancel(false);
      throw e;
    }
    List<Path> charts = List.of();
    List<Path> leftFromEarlier = List.of();
    if (settings.charts()) {
      listener.stage().accept("Charts: " + chartFolder);
      charts = ChartWriter.write(rendered(drawn), chartFolder, outputs);
      leftFromEarlier = ChartWriter.leftFromEarlier(chartFolder, charts);
    }
    Optional<Path> deck = Optional.empty();
    if (settings.deck()) {
      listener.stage().accept("Briefing deck: " + deckOf(workbook));
      deck = Optional.of(BriefingDeck.write(report, OutletBlocs.none(), deckOf(workbook), outputs));
    }
    return new Written(IndexEntry.of(report, workbook), workbook, charts, leftFromEarlier, deck);
  }

  /** The story's briefing deck, beside its workbook. */
  private static Path deckOf(Path workbook) {
    return workbook.resolveSibling(BriefingDeck.FILE_NAME);
  }

  private static List<ChartWriter.Rendered> rendered(CompletableFuture<List<ChartWriter.Rendered>> drawn) {
    try {
      return drawn.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
