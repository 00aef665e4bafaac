package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.attribution.AttributionAnalyzer;
import dev.parallax.analysis.hedging.HedgingAnalyzer;
import dev.parallax.text.ParsedStory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * "Facts left out" counts the facts most other outlets report: with many outlets, every fact a single outlet reports
 * made every other outlet "leave out" dozens. Sentences of the ECB rate-cut coverage (June 2024, development set).
 */
class OmissionsChartTest {
  private static final String CUT = "La Banque centrale européenne a baissé ses taux directeurs d'un quart de point "
      + "ce jeudi 6 juin.";

  @Test
  void aFactOnlyOneOtherOutletReportsIsNotLeftOut() {
    ParsedStory story = new ParsedStory("ecb", List.of(
        TestStories.parsedArticle("boursorama.com", "fr", CUT),
        TestStories.parsedArticle("economiematin.fr", "fr", CUT),
        TestStories.parsedArticle("edito.seloger.com", "fr", "Le marché immobilier étant en berne depuis plusieurs "
            + "mois maintenant, cette baisse est attendue avec impatience."),
        TestStories.parsedArticle("lapresse.ca", "fr", "Les analystes estiment que la BCE ne changera probablement "
            + "pas son taux lors de sa prochaine réunion le 18 juillet.")));
    ChartSpec chart = new FactsAnalyzer(new AttributionAnalyzer(), new HedgingAnalyzer(),
        FactsAnalyzer.DEFAULT_THRESHOLD, Optional.empty()).analyze(story).charts().stream()
        .filter(c -> c.name().equals("facts-omissions")).findFirst().orElseThrow();
    assertThat(leftOut(chart.data(), "boursorama.com")).isZero();
    // The rate cut, which two of its three others report, is the one fact edito.seloger.com leaves out.
    assertThat(leftOut(chart.data(), "edito.seloger.com")).isEqualTo(1);
  }

  private static double leftOut(Table data, String outlet) {
    for (int r = 0; r < data.rowCount(); r++) {
      if (data.stringColumn("Outlet").get(r).equals(outlet)
          && data.stringColumn("Category").get(r).equals(FactsReport.LEFT_OUT)) {
        return data.doubleColumn("Value").get(r);
      }
    }
    throw new AssertionError("no bar for " + outlet);
  }
}
