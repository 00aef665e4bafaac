package dev.parallax.cli;

import dev.parallax.analysis.facts.OnnxSentenceEncoder;
import dev.parallax.analysis.facts.SentenceEncoder;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.CorpusException;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.eval.FileScore;
import dev.parallax.eval.FindingsVerdicts;
import dev.parallax.eval.GoldFile;
import dev.parallax.eval.GoldFormatException;
import dev.parallax.eval.GroupingScorer;
import dev.parallax.eval.Scorer;
import dev.parallax.eval.Scorers;
import dev.parallax.eval.StoryEvaluation;
import dev.parallax.eval.Totals;
import dev.parallax.group.ArticleFolder;
import dev.parallax.group.Grouping;
import dev.parallax.group.StoryGrouper;
import dev.parallax.run.Workers;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval}: scores the analyzers against gold annotations, for one story or a folder of stories. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Scores the analyzers against hand-checked annotations (quotes.tsv, hedges.tsv, facts.tsv, "
        + "tone.tsv, findings.tsv) and prints precision, recall and F1 per file, by language, then every miss and "
        + "false alarm. With a folder of story gold folders, each story's figures and then the totals.",
    footer = {"%nDIR is one story's gold folder, or a folder holding one gold folder per story, named as the "
        + "story's folder in CORPUS. Totals add up the counts of every story (micro-average)."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "A story's gold folder, or a folder of story gold folders.")
  Path gold;

  @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS",
      description = "The story folder, or a folder of story folders (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--flat", paramLabel = "FOLDER",
      description = "Also sort this flat folder of articles with `parallax group` (default settings) and score it "
          + "against grouping.tsv in the gold folder.")
  Path flat;

  @Option(names = "--brief", description = "Figures only, without the misses and false alarms.")
  boolean brief;

  @Mixin
  EncoderOption encoder;

  @Mixin
  VerboseOption verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.isRegularFile(gold)) {
      throw new CorpusException(gold, "is a file; --gold takes a story's gold folder or a folder of them");
    }
    if (!Files.isDirectory(gold)) {
      throw new CorpusException(gold, "gold folder not found");
    }
    Optional<OnnxSentenceEncoder> sentenceEncoder = encoder.load();
    try {
      evaluate(sentenceEncoder.map(SentenceEncoder.class::cast));
    } finally {
      sentenceEncoder.ifPresent(OnnxSentenceEncoder::close);
    }
    return 0;
  }

  private void evaluate(Optional<SentenceEncoder> sentenceEncoder) {
    Map<Path, Story> pairs = pairGoldWithStories();
    PrintWriter out = spec.commandLine().getOut();
    Totals totals = new Totals();
    Optional<FindingsVerdicts> verdicts = Optional.empty();
    LanguageLayer languageLayer = new LanguageLayer();
    for (Map.Entry<Path, Story> pair : pairs.entrySet()) {
      checkOutlets(pair.getKey(), pair.getValue());
      StoryEvaluation evaluation = StoryEvaluation.of(pair.getKey(), languageLayer.parse(pair.getValue()),
          sentenceEncoder);
      out.println((pairs.size() > 1 ? "\n== " : "") + "Story " + evaluation.story() + ", gold " + pair.getKey());
      evaluation.files().forEach(score -> {
        totals.add(score);
        EvalPrinter.print(out, score, brief);
      });
      EvalPrinter.print(out, evaluation.findings(), brief);
      verdicts = Optional.of(verdicts.map(v -> v.plus(evaluation.findings())).orElse(evaluation.findings()));
    }
    if (pairs.size() > 1) {
      out.println("\n== Total over " + pairs.size() + " stories (counts added up)");
      totals.files().forEach(score -> EvalPrinter.print(out, score, true));
      verdicts.ifPresent(v -> EvalPrinter.print(out, v, true));
    }
    if (flat != null) {
      scoreGrouping(out);
    }
    out.flush();
  }

  /** Each story gold folder with the story of the same name; a single gold folder with a single story whatever their names. */
  private Map<Path, Story> pairGoldWithStories() {
    List<Story> stories = new CorpusReader(note -> spec.commandLine().getErr().println(note)).read(corpus);
    Map<Path, Story> pairs = new LinkedHashMap<>();
    if (StoryEvaluation.isStoryGold(gold)) {
      pairs.put(gold, stories.size() == 1 ? stories.get(0) : story(stories, gold));
      return pairs;
    }
    List<Path> folders;
    try (Stream<Path> entries = Files.list(gold)) {
      folders = entries.filter(Files::isDirectory).filter(StoryEvaluation::isStoryGold).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (folders.isEmpty()) {
      throw new CorpusException(gold, "no gold file Parallax can score, here or in a story folder (expected one of "
          + String.join(", ", Scorers.all().stream().map(Scorer::fileName).toList()) + ", "
          + FindingsVerdicts.FILE + ")");
    }
    folders.forEach(folder -> pairs.put(folder, story(stories, folder)));
    return pairs;
  }

  private Story story(List<Story> stories, Path goldFolder) {
    String name = goldFolder.toAbsolutePath().normalize().getFileName().toString();
    return stories.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new CorpusException(corpus, "no story folder named '" + name
            + "' to match the gold folder " + goldFolder));
  }

  /** A gold line naming an outlet the story does not have means the gold belongs to another story. */
  private static void checkOutlets(Path goldFolder, Story story) {
    Set<String> outlets = new HashSet<>(story.articles().stream().map(Article::outlet).toList());
    for (Scorer scorer : Scorers.all()) {
      Path file = goldFolder.resolve(scorer.fileName());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (GoldFile.Row row : GoldFile.read(file, List.of("outlet")).rows()) {
        if (!outlets.contains(row.get("outlet"))) {
          throw new GoldFormatException(file + ", line " + row.line() + ": outlet '" + row.get("outlet")
              + "' is not in story " + story.name() + " (outlets: " + String.join(", ", outlets) + ")");
        }
      }
    }
  }

  private void scoreGrouping(PrintWriter out) {
    Path goldFile = gold.resolve(GroupingScorer.FILE);
    if (!Files.isRegularFile(goldFile)) {
      throw new CorpusException(goldFile, "not found; --flat is scored against the gold folder's "
          + GroupingScorer.FILE);
    }
    List<Article> articles = ArticleFolder.read(flat, note -> spec.commandLine().getErr().println(note));
    Grouping grouping;
    try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors())) {
      List<ParsedArticle> parsed = workers.map(articles, new LanguageLayer()::parse);
      grouping = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD, StoryGrouper.DEFAULT_WINDOW_DAYS, workers)
          .group(parsed);
    }
    out.println("\n== Grouping of " + flat);
    EvalPrinter.print(out, GroupingScorer.score(goldFile, grouping), brief);
  }
}
