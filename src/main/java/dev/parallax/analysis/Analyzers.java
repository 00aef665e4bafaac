package dev.parallax.analysis;

import dev.parallax.analysis.actors.SharedActors;
import dev.parallax.analysis.attribution.AttributionAnalyzer;
import dev.parallax.analysis.coverage.CoverageAnalyzer;
import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.analysis.facts.SentenceEncoder;
import dev.parallax.analysis.hedging.HedgingAnalyzer;
import dev.parallax.analysis.tone.ToneAnalyzer;
import dev.parallax.text.ParsedStory;
import java.util.List;
import java.util.Optional;

/** Every analyzer Parallax runs, in the order their sheets and charts appear. Listed here, not discovered. */
public final class Analyzers {
  private Analyzers() {
  }

  public static List<Analyzer> all() {
    return all(FactsAnalyzer.DEFAULT_THRESHOLD);
  }

  /** @param factThreshold the similarity above which claims from different outlets report the same fact */
  public static List<Analyzer> all(double factThreshold) {
    return all(factThreshold, Optional.empty());
  }

  /**
   * @param factThreshold the similarity above which claims from different outlets report the same fact
   * @param encoder a sentence encoder whose cosine joins the facts' lexical similarity; empty: lexical alone
   */
  public static List<Analyzer> all(double factThreshold, Optional<SentenceEncoder> encoder) {
    Analyzer attribution = new Remembered(new AttributionAnalyzer());
    Analyzer hedging = new Remembered(new HedgingAnalyzer());
    SharedActors actors = new SharedActors();
    return List.of(
        new CoverageAnalyzer(),
        attribution,
        hedging,
        new FactsAnalyzer(attribution, hedging, factThreshold, encoder, actors),
        new ToneAnalyzer(actors));
  }

  /** Runs every analyzer on the story, in order. */
  public static List<AnalysisResult> runAll(ParsedStory story) {
    return runAll(all(), story);
  }

  public static List<AnalysisResult> runAll(List<Analyzer> analyzers, ParsedStory story) {
    return analyzers.stream().map(analyzer -> analyzer.analyze(story)).toList();
  }
}
