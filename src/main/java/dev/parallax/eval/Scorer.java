package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Scores one gold file (quotes.tsv, hedges.tsv...) of a story against what the analyzers found. */
public interface Scorer {

  /** The gold file this scorer reads, e.g. {@code quotes.tsv}. */
  String fileName();

  /**
   * @param results every analyzer's result for the story, keyed by analyzer id
   * @return empty when the gold folder has no such file
   * @throws GoldFormatException when the file is malformed (the message names the line)
   */
  Optional<FileScore> score(Path goldFolder, ParsedStory story, Map<String, AnalysisResult> results);
}
