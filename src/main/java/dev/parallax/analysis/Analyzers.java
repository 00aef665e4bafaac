package dev.parallax.analysis;

import dev.parallax.analysis.attribution.AttributionAnalyzer;
import dev.parallax.analysis.coverage.CoverageAnalyzer;
import dev.parallax.analysis.hedging.HedgingAnalyzer;
import java.util.List;

/** Every analyzer Parallax runs, in the order their sheets and charts appear. Listed here, not discovered. */
public final class Analyzers {
  private Analyzers() {
  }

  public static List<Analyzer> all() {
    return List.of(
        new CoverageAnalyzer(),
        new AttributionAnalyzer(),
        new HedgingAnalyzer());
  }
}
