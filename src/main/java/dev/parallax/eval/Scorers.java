package dev.parallax.eval;

import java.util.List;

/** Every gold file Parallax can score, in the order `parallax eval` prints them. */
public final class Scorers {
  private Scorers() {
  }

  public static List<Scorer> all() {
    return List.of(
        new QuotesScorer(),
        new HedgesScorer(),
        new FactsScorer(),
        new ToneScorer());
  }
}
