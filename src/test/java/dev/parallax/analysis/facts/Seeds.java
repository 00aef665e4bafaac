package dev.parallax.analysis.facts;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.List;

/** The seed story and helpers shared by the facts tests. */
final class Seeds {
  static final Path STORY = Path.of("corpus/aes-russia-moscow-2025-04");
  static final Path GOLD = Path.of("src/test/resources/gold/aes-russia-moscow-2025-04");

  private Seeds() {
  }

  static ParsedStory parse(Path folder) {
    return new LanguageLayer().parse(new CorpusReader(note -> { }).readStory(folder));
  }

  /** An analyzer that finds nothing, for tests of the steps that do not read attribution or hedging. */
  static Analyzer empty(String id) {
    return new Analyzer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public AnalysisResult analyze(ParsedStory story) {
        return new AnalysisResult(id, List.of(), List.of(), List.of(), List.of(), List.of());
      }
    };
  }
}
