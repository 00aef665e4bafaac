package dev.parallax.analysis;

import dev.parallax.analysis.coverage.CoverageAnalyzer;
import dev.parallax.analysis.tone.ToneAnalyzer;
import dev.parallax.text.ParsedStory;
import java.util.List;

/** Every analyzer Parallax runs, in the order their sheets and charts appear. Listed here, not discovered. */
public final class Analyzers {
  private Analyzers() {
  }

  public static List<Analyzer> all() {
    return List.of(
        new CoverageAnalyzer(),
        new ToneAnalyzer());
  }

  /** Runs every analyzer on the story, in order. */
  public static List<AnalysisResult> runAll(ParsedStory story) {
    return all().stream().map(analyzer -> analyzer.analyze(story)).toList();
  }
}
