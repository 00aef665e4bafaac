package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.analysis.facts.SentenceEncoder;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.text.ParsedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * One story scored against its gold folder: every gold file Parallax can score, and the top findings against the
 * annotator's verdicts.
 */
public record StoryEvaluation(String story, List<FileScore> files, FindingsVerdicts findings) {

  public StoryEvaluation {
    files = List.copyOf(files);
  }

  /** True when a folder holds a story's gold (any file a scorer reads), not a folder of story gold folders. */
  public static boolean isStoryGold(Path folder) {
    return Scorers.all().stream().anyMatch(s -> Files.isRegularFile(folder.resolve(s.fileName())))
        || Files.isRegularFile(folder.resolve(FindingsVerdicts.FILE));
  }

  public static StoryEvaluation of(Path goldFolder, ParsedStory story) {
    return of(goldFolder, story, Optional.empty());
  }

  /** @param encoder a sentence encoder whose cosine joins the facts' lexical similarity; empty: lexical alone */
  public static StoryEvaluation of(Path goldFolder, ParsedStory story, Optional<SentenceEncoder> encoder) {
    List<AnalysisResult> analysed = Analyzers.runAll(Analyzers.all(FactsAnalyzer.DEFAULT_THRESHOLD, encoder), story);
    Map<String, AnalysisResult> results = new LinkedHashMap<>();
    analysed.forEach(result -> results.put(result.analyzerId(), result));
    List<FileScore> files = new ArrayList<>();
    for (Scorer scorer : Scorers.all()) {
      scorer.score(goldFolder, story, results).ifPresent(files::add);
    }
    Table ranked = Findings.of(story, analysed).table();
    Map<String, String> sentences = new LinkedHashMap<>();
    story.sentences().forEach(sentence -> sentences.put(sentence.id(), sentence.text()));
    List<FindingsVerdicts.Ranked> findings = new ArrayList<>();
    for (int row = 0; row < ranked.rowCount(); row++) {
      String sentence = ranked.stringColumn("Sentence").get(row);
      findings.add(new FindingsVerdicts.Ranked(ranked.stringColumn("Finding").get(row),
          ranked.stringColumn("Evidence sheet").get(row) + " sheet, " + sentence + " «"
              + sentences.getOrDefault(sentence, "") + "»"));
    }
    return new StoryEvaluation(story.name(), files, FindingsVerdicts.of(goldFolder, findings));
  }
}
