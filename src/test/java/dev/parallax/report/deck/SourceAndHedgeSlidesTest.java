package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.EcbExcerpts;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.report.StoryReport;
import dev.parallax.text.ParsedStory;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;

/**
 * A finding's slide shows the data of its own claim: "X quotes P most often" charts whom X quotes (not every outlet's
 * count of P, where another outlet's larger bar read as a contradiction) and rests on X's statements only; the
 * own-voice hedging ranking charts the conditional and epistemic words it ranks by. Sentences of the ECB rate-cut
 * coverage (June 2024, development set).
 */
class SourceAndHedgeSlidesTest {

  private static XMLSlideShow deck(ParsedStory story) throws IOException {
    List<AnalysisResult> results = Analyzers.runAll(story);
    return BriefingDeckTest.readBack(new StoryReport(story, results, Findings.of(story, results), "test", "corpus",
        ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.UTC)));
  }

  private static XSLFSlide slide(XMLSlideShow deck, String titleStart) {
    return deck.getSlides().stream().filter(s -> s.getTitle().startsWith(titleStart)).findFirst().orElseThrow();
  }

  @Test
  void anOutletsMostQuotedSourceIsChartedAmongItsOwnSources() throws IOException {
    ParsedStory story = new ParsedStory("ecb", List.of(
        EcbExcerpts.businessTrendsToday(),
        EcbExcerpts.ciroccQuotingLagardeOnce()));
    XSLFSlide slide = slide(deck(story), "businesstrendstoday.com quotes Christine Lagarde most often");
    String notes = BriefingDeckTest.notes(slide);
    assertThat(notes).contains("Chart: Whom businesstrendstoday.com quotes").doesNotContain("cirocc.best#");
    assertThat(BriefingDeckTest.pictures(slide)).hasSize(1);
  }

  @Test
  void theHedgingRankingIsChartedByTheWordsItRanks() throws IOException {
    ParsedStory story = new ParsedStory("ecb", List.of(
        EcbExcerpts.editoSeloger(),
        EcbExcerpts.boursorama()));
    XSLFSlide slide = slide(deck(story), "edito.seloger.com hedges most in its own voice: 2 conditional words");
    assertThat(BriefingDeckTest.notes(slide)).contains("Chart: Conditional and epistemic words in each outlet's own "
        + "voice").contains("conditional: “devrait”");
  }
}
