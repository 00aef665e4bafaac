package dev.parallax.cli;

import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.analysis.facts.OnnxSentenceEncoder;
import dev.parallax.analysis.facts.SentenceEncoder;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.OutletDirectory;
import dev.parallax.corpus.OutletsFile;
import dev.parallax.corpus.Story;
import dev.parallax.report.OutputChecks;
import dev.parallax.report.Warmup;
import dev.parallax.run.StoryPipeline;
import dev.parallax.run.Workers;
import dev.parallax.text.LanguageLayer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: corpus → articles → language layer → analyzers → workbook and charts. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Compares the outlets' coverage of each story in CORPUS and writes the workbook and the charts.",
    footer = {"%nA story is a folder of articles, <name>.txt (UTF-8, optional front matter giving the outlet); several "
        + "files of one outlet (a report and its follow-up) are counted under it.",
        "To correct the facts alignment, put an alignment.tsv in the story folder: a header "
            + "'relation<TAB>sentence<TAB>other', then lines such as 'same<TAB>maliweb.net#5<TAB>Ovajabmedia.com#7' or "
            + "'different<TAB>maliweb.net#9<TAB>Ovajabmedia.com#1' (sentence ids as in the workbook).",
        "To compare blocs of outlets, put an outlets.tsv in the story folder (or give --outlets FILE): a header "
            + "such as 'outlet<TAB>country<TAB>owner<TAB>kind<TAB>bloc', then one outlet a line; kind is one of "
            + "public/state, private, wire, agency, blog.",
        "A corpus folder of several stories gets one workbook per story, <output folder>/<story>/comparison.xlsx "
            + "(charts in <output folder>/<story>/charts), and an index of the stories, <output folder>/index.xlsx."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS",
      description = "A story folder or a folder of story folders (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = {"-o", "--output"}, defaultValue = "reports/comparison.xlsx", paramLabel = "FILE",
      description = "The workbook to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--charts", paramLabel = "DIR",
      description = "The folder for the PNG charts (default: charts beside the workbook, reports/charts).")
  Path charts;

  @Option(names = "--no-charts", description = "Write the workbooks only.")
  boolean noCharts;

  @Option(names = "--no-deck", description = "Write no briefing deck (briefing.pptx beside each workbook).")
  boolean noDeck;

  @Option(names = "--chart-scale", defaultValue = "1", paramLabel = "N",
      description = "1 for 1600×900 pixel charts, 2 for 3200×1800 (default: ${DEFAULT-VALUE}).")
  int chartScale;

  @Option(names = "--fact-threshold", defaultValue = "" + FactsAnalyzer.DEFAULT_THRESHOLD, paramLabel = "X",
      description = "Similarity (0–1) above which claims of different outlets count as the same fact; "
          + "higher groups less (default: ${DEFAULT-VALUE}, chosen on the seed story: see About).")
  double factThreshold;

  @Option(names = "--outlets", paramLabel = "FILE",
      description = "The outlets' profiles (outlet, country, owner, kind, bloc; tab-separated, with a header), in "
          + "place of an outlets.tsv in the story folder.")
  Path outlets;

  @Mixin
  ThreadsOption threads;

  @Mixin
  EncoderOption encoder;

  @Mixin
  VerboseOption verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!(factThreshold > 0 && factThreshold < 1)) { // NaN too
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fact-threshold must be a number between 0 and 1, was " + factThreshold);
    }
    if (!output.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--output must name an .xlsx file (it is an Excel workbook): " + output);
    }
    if (chartScale < 1 || chartScale > 3) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--chart-scale must be 1, 2 or 3");
    }
    OutputChecks.checkOutside(output, corpus, "the workbook");
    Optional<OnnxSentenceEncoder> sentenceEncoder = encoder.load();
    try {
      return compare(sentenceEncoder.map(SentenceEncoder.class::cast));
    } finally {
      sentenceEncoder.ifPresent(OnnxSentenceEncoder::close);
    }
  }

  private int compare(Optional<SentenceEncoder> sentenceEncoder) {
    Warmup.start(!noCharts);
    PrintWriter err = spec.commandLine().getErr();
    try (Workers workers = new Workers(threads.count())) {
      Progress progress = new Progress(err, 1);
      progress.stage("Reading corpus " + corpus);
      List<Story> stories = withOutlets(new CorpusReader(progress::note).read(corpus, workers::map), progress);
      progress.note(stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies") + ", "
          + stories.stream().mapToInt(s -> s.articles().size()).sum() + " articles");
      StoryPipeline pipeline = new StoryPipeline(new LanguageLayer(), workers, new StoryPipeline.Settings(
          corpus.toString(), VersionProvider.version(), ZonedDateTime.now(), !noCharts, chartScale, factThreshold,
          sentenceEncoder, !noDeck));
      if (stories.size() == 1) {
        compareOne(stories.get(0), pipeline, new Progress(err, 3 + (noCharts ? 0 : 1) + (noDeck ? 0 : 1)));
      } else {
        compareMany(stories, pipeline, workers.threads(), new Progress(err, 2));
      }
    }
    return 0;
  }

  private void compareOne(Story story, StoryPipeline pipeline, Progress progress) {
    if (charts == null) {
      // Beside the workbook, as for a folder of stories: a report written elsewhere keeps its charts with it.
      charts = output.resolveSibling("charts");
    }
    if (!noCharts) {
      OutputChecks.checkOutside(charts, corpus, "the charts folder");
    }
    StoryPipeline.Written written = pipeline.run(story, output, charts,
        new StoryPipeline.Listener(progress::stage, progress::note));
    spec.commandLine().getOut().println("Wrote " + output + (noCharts ? "" : ", " + charts(written) + " in "
        + charts) + written.deck().map(deck -> " and the briefing deck " + deck).orElse("")
        + leftAlone(written.leftFromEarlier()));
  }

  private void compareMany(List<Story> stories, StoryPipeline pipeline, int threads, Progress progress) {
    progress.stage("Analysing " + stories.size() + " stories on " + threads + " thread" + (threads == 1 ? "" : "s"));
    if (spec.commandLine().getParseResult().hasMatchedOption("--charts")) {
      progress.note("--charts " + charts + " not used: with several stories each story's charts go beside its "
          + "workbook, in <story>/charts");
    }
    int step = Math.max(1, stories.size() / 10);
    StoryPipeline.AllWritten written = pipeline.runAll(stories, output, done -> {
      if (done % step == 0 || done == stories.size()) {
        progress.note(done + "/" + stories.size() + " stories written");
      }
    });
    progress.stage("Index written: " + written.index());
    spec.commandLine().getOut().println("Wrote " + stories.size() + " workbooks, " + output.toAbsolutePath()
        .getParent().resolve("<story>").resolve(output.getFileName()) + (noCharts ? "" : " with their charts")
        + (noDeck ? "" : ", briefing decks (" + dev.parallax.report.deck.BriefingDeck.FILE_NAME + " beside each "
        + "workbook)") + ", and the index " + written.index() + leftAlone(written.leftFromEarlier()));
  }

  /** The stories with the profiles of {@code --outlets}, which replace a story folder's own outlets.tsv. */
  private List<Story> withOutlets(List<Story> stories, Progress progress) {
    if (outlets == null) {
      return stories;
    }
    List<String> all = stories.stream().flatMap(s -> s.outlets().stream()).distinct().toList();
    OutletDirectory directory = OutletsFile.read(outlets, all, stories.size() == 1 ? "this story"
        : "any story of the corpus");
    stories.stream().filter(s -> s.directory().source().isPresent()).forEach(s -> progress.note("note: "
        + s.directory().source().get() + " not used: --outlets " + outlets + " replaces it"));
    return stories.stream().map(s -> s.withDirectory(directory)).toList();
  }

  /** The PNG files in a chart folder that this run did not write: named, so that none passes for a new chart. */
  private static String leftAlone(List<Path> files) {
    if (files.isEmpty()) {
      return "";
    }
    List<String> shown = files.stream().limit(10).map(Path::toString).toList();
    return "; left as they were, not charts of this run (an earlier run's?): " + String.join(", ", shown)
        + (files.size() > shown.size() ? " and " + (files.size() - shown.size()) + " more" : "");
  }

  private static String charts(StoryPipeline.Written written) {
    return written.charts().size() + " chart" + (written.charts().size() == 1 ? "" : "s");
  }

}
