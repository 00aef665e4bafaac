package dev.parallax.cli;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.corpus.CorpusException;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.eval.FileScore;
import dev.parallax.eval.GoldFile;
import dev.parallax.eval.GoldFormatException;
import dev.parallax.eval.Scorer;
import dev.parallax.eval.Scorers;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax eval}: scores the analyzers against a folder of gold annotations for one story. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Scores the analyzers against hand-checked annotations (quotes.tsv, hedges.tsv, facts.tsv, "
        + "tone.tsv) and prints precision, recall and F1 per file, then every miss and false alarm.",
    footer = {"%nThe gold folder is named after its story; CORPUS is that story's folder, or a corpus folder "
        + "holding a story of the same name."})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The story's gold folder.")
  Path gold;

  @Parameters(index = "0", arity = "0..1", defaultValue = "corpus", paramLabel = "CORPUS",
      description = "The story folder, or a corpus folder containing it (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Mixin
  VerboseOption verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(gold)) {
      throw new CorpusException(gold, "gold folder not found");
    }
    Story story = findStory();
    checkOutlets(story);
    ParsedStory parsed = new LanguageLayer().parse(story);
    Map<String, AnalysisResult> results = new LinkedHashMap<>();
    Analyzers.runAll(parsed).forEach(result -> results.put(result.analyzerId(), result));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Story " + story.name() + ", gold " + gold);
    int scored = 0;
    for (Scorer scorer : Scorers.all()) {
      Optional<FileScore> score = scorer.score(gold, parsed, results);
      if (score.isEmpty()) {
        out.println(scorer.fileName() + ": no such file in the gold folder");
        continue;
      }
      scored++;
      print(out, score.get());
    }
    if (scored == 0) {
      throw new CorpusException(gold, "no gold file Parallax can score (expected one of "
          + String.join(", ", Scorers.all().stream().map(Scorer::fileName).toList()) + ")");
    }
    out.flush();
    return 0;
  }

  private Story findStory() {
    List<Story> stories = new CorpusReader(note -> spec.commandLine().getErr().println(note)).read(corpus);
    String name = gold.toAbsolutePath().normalize().getFileName().toString();
    if (stories.size() == 1) {
      return stories.get(0);
    }
    return stories.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new CorpusException(corpus, "no story folder named '" + name
            + "' to match the gold folder"));
  }

  /** A gold line naming an outlet the story does not have means the gold belongs to another story. */
  private void checkOutlets(Story story) {
    java.util.Set<String> outlets = new java.util.HashSet<>(story.articles().stream()
        .map(dev.parallax.corpus.Article::outlet).toList());
    for (Scorer scorer : Scorers.all()) {
      Path file = gold.resolve(scorer.fileName());
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

  private static void print(PrintWriter out, FileScore score) {
    out.printf("%n%s  precision %.2f  recall %.2f  F1 %.2f  (%d found, %d missed, %d false alarms)%n",
        score.file(), score.score().precision(), score.score().recall(), score.score().f1(),
        score.score().truePositives(), score.score().falseNegatives(), score.score().falsePositives());
    score.details().forEach(line -> out.println("  " + line));
    score.misses().forEach(line -> out.println("  miss: " + line));
    score.falseAlarms().forEach(line -> out.println("  false alarm: " + line));
  }
}
