package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.eval.FactsScorer;
import dev.parallax.eval.FileScore;
import dev.parallax.text.ParsedStory;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the default similarity threshold was chosen: the best pairwise F1 on the seeds over a scan of values. */
class FactsThresholdTest {
  private static ParsedStory story;

  @BeforeAll
  static void parse() {
    story = Seeds.parse(Seeds.STORY);
  }

  @Test
  void defaultThresholdHasTheBestF1OnTheSeeds() {
    double bestF1 = -1;
    double best = 0;
    for (int step = 2; step <= 30; step++) {
      double threshold = step / 100.0;
      FileScore score = score(threshold);
      System.out.printf("threshold %.2f: %s%n", threshold, score.score());
      if (score.score().f1() > bestF1 + 1e-9) {
        bestF1 = score.score().f1();
        best = threshold;
      }
    }
    assertThat(score(FactsAnalyzer.DEFAULT_THRESHOLD).score().f1()).isEqualTo(bestF1);
    System.out.printf("best threshold %.2f, F1 %.2f%n", best, bestF1);
  }

  private static FileScore score(double threshold) {
    FactsAnalyzer analyzer = new FactsAnalyzer(Seeds.empty("attribution"), Seeds.empty("hedging"), threshold);
    return new FactsScorer().score(Seeds.GOLD, story, Map.of(FactsAnalyzer.ID, analyzer.analyze(story))).orElseThrow();
  }
}
