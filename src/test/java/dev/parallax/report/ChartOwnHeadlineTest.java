package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.findings.Findings;
import java.awt.Font;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The seed story's charts and their headlines: each from a finding about that chart's own data, in two lines. */
class ChartOwnHeadlineTest {
  private static final Map<String, Optional<String>> HEADLINES = new LinkedHashMap<>();

  @BeforeAll
  static void headlines() {
    List<AnalysisResult> results = Analyzers.runAll(TestStories.seeds());
    StoryReport report = new StoryReport(TestStories.seeds(), results, Findings.of(TestStories.seeds(), results),
        "test", "corpus", ZonedDateTime.now());
    for (AnalysisResult result : results) {
      for (ChartSpec spec : result.charts()) {
        Table drawn = spec.kind() == ChartSpec.Kind.MATRIX ? spec.data() : LegibleBars.of(spec).data();
        HEADLINES.put(spec.name(), ChartHeadline.of(report, result, spec, drawn));
      }
    }
  }

  @Test
  void theHedgingChartIsHeadedByTheHedgingFindingOnOneOfItsCategories() {
    assertThat(HEADLINES.get("hedging-categories")).hasValueSatisfying(h -> assertThat(h)
        .startsWith("Ovajabmedia.com hedges most in its own voice: 3 conditional words"));
  }

  @Test
  void theToneChartsAreHeadedOnlyByFindingsAboutWhatTheyDraw() {
    // The actor finding heads the chart of tone per actor, not the chart of tone per voice, which shows no actor.
    assertThat(HEADLINES.get("tone-voice")).isEmpty();
    HEADLINES.get("tone-actors").ifPresent(h -> assertThat(h).containsAnyOf("Russia", "Ukraine", "AES", "Mali",
        "France", "United States", "European Union", "Burkina Faso", "Niger"));
  }

  @Test
  void theFactMatrixIsHeadedByAFindingOnOneOfItsFactsAndTheOmissionsChartByNone() {
    assertThat(HEADLINES.get("facts-matrix")).hasValueSatisfying(h -> assertThat(h).startsWith("Only maliweb.net reports"));
    assertThat(HEADLINES.get("facts-omissions")).isEmpty();
  }

  /** "Only Ovajabmedia.com quotes Abdoulaye Diop" is about a speaker, which the source-type chart does not draw. */
  @Test
  void theSourceTypeChartIsNotHeadedByAFindingAboutOneSpeaker() {
    assertThat(HEADLINES.get("attribution-sources")).isEmpty();
  }

  @Test
  void everyHeadlineTakesAtMostTwoLines() {
    var metrics = ChartHeadline.metrics(new Font(ChartRenderer.FONT, Font.BOLD, ChartRenderer.SMALLEST_HEADLINE));
    HEADLINES.values().forEach(h -> h.ifPresent(text -> assertThat(ChartHeadline.lines(text, metrics)).as(text)
        .isLessThanOrEqualTo(2)));
  }

  /** A dev-set finding (ecb-rate-cut-2024-06) naming twelve outlets keeps its first clause, whole. */
  @Test
  void aFindingTooLongForTwoLinesKeepsItsFirstClauses() {
    String finding = "lapresse.ca hedges in its own voice with the conditional (3×: “devrait”, “pourrait”, “dirais”); "
        + "agenceafrique.com, axios.com, bfmtv.com, bnnbloomberg.ca, boursorama.com, cirocc.best, euro.dayfr.com, "
        + "fr.allafrica.com, fr.euronews.com, huffingtonpost.fr, indiatodayne.in, kiss100.co.ke do not";
    assertThat(ChartHeadline.fit(finding))
        .isEqualTo("lapresse.ca hedges in its own voice with the conditional (3×: “devrait”, “pourrait”, “dirais”)");
  }
}
