package dev.parallax.cli;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.LanguageSupport;
import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.report.ChartWriter;
import dev.parallax.report.StoryReport;
import dev.parallax.report.WorkbookWriter;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax compare}: corpus → articles → language layer → analyzers → workbook and charts. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Compares the outlets' coverage of each story in CORPUS and writes the workbook and the charts.",
    footer = {"%nA story is a folder of articles, one <outlet>.txt per outlet (UTF-8, optional front matter).",
        "A corpus folder of several stories gets one workbook per story: <output folder>/<story>/comparison.xlsx."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS",
      description = "A story folder or a folder of story folders (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = {"-o", "--output"}, defaultValue = "reports/comparison.xlsx", paramLabel = "FILE",
      description = "The workbook to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--charts", defaultValue = "reports/charts", paramLabel = "DIR",
      description = "The folder for the PNG charts (default: ${DEFAULT-VALUE}).")
  Path charts;

  @Option(names = "--chart-scale", defaultValue = "1", paramLabel = "N",
      description = "1 for 1600×900 pixel charts, 2 for 3200×1800 (default: ${DEFAULT-VALUE}).")
  int chartScale;

  @Option(names = "--fact-threshold", defaultValue = "" + FactsAnalyzer.DEFAULT_THRESHOLD, paramLabel = "X",
      description = "Similarity (0–1) above which claims of different outlets count as the same fact; "
          + "higher groups less (default: ${DEFAULT-VALUE}, chosen on the seed story: see About).")
  double factThreshold;

  @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
  boolean verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (factThreshold <= 0 || factThreshold >= 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fact-threshold must be between 0 and 1");
    }
    if (chartScale < 1 || chartScale > 3) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--chart-scale must be 1, 2 or 3");
    }
    var err = spec.commandLine().getErr();
    Progress progress = new Progress(err, 1);
    progress.stage("Reading corpus " + corpus);
    List<Story> stories = new CorpusReader(progress::note).read(corpus);
    progress.note(stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies") + ", "
        + stories.stream().mapToInt(s -> s.articles().size()).sum() + " articles");
    LanguageLayer languageLayer = new LanguageLayer();
    for (Story story : stories) {
      boolean single = stories.size() == 1;
      compare(story, languageLayer, single ? output : perStory(output, story), single ? charts
          : perStory(output, story).resolveSibling("charts"), new Progress(err, 4));
    }
    return 0;
  }

  private void compare(Story story, LanguageLayer languageLayer, Path workbook, Path chartFolder, Progress progress) {
    progress.stage("Language layer: " + story.name());
    ParsedStory parsed = languageLayer.parse(story);
    progress.note(parsed.articles().size() + " articles, " + parsed.sentences().size() + " sentences, "
        + parsed.articles().stream().mapToInt(a -> a.wordCount()).sum() + " words");
    List<Analyzer> analyzers = Analyzers.all(factThreshold);
    progress.stage("Analyzers: " + String.join(", ", analyzers.stream().map(Analyzer::id).toList()));
    List<AnalysisResult> results = Analyzers.runAll(analyzers, parsed);
    LanguageSupport.notices(parsed, analyzers).forEach(progress::note);
    StoryReport report = new StoryReport(parsed, results, Findings.of(parsed.outlets(), results),
        VersionProvider.version(), corpus.toString(), ZonedDateTime.now());
    progress.stage("Workbook: " + workbook);
    new WorkbookWriter().write(report, workbook);
    progress.stage("Charts: " + chartFolder);
    List<Path> written = new ChartWriter(chartScale).write(report, chartFolder);
    spec.commandLine().getOut().println("Wrote " + workbook + " and " + written.size() + " chart"
        + (written.size() == 1 ? "" : "s") + " in " + chartFolder);
  }

  private static Path perStory(Path output, Story story) {
    Path parent = output.toAbsolutePath().getParent();
    return parent.resolve(story.name()).resolve(output.getFileName());
  }
}
