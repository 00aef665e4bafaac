package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
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
        TestStories.parsedArticle("businesstrendstoday.com", "en", "“The inflation outlook has improved markedly,” "
            + "Christine Lagarde, the president of the E.C.B., said on Thursday at a news conference in Frankfurt. "
            + "“It is now appropriate to moderate the degree of monetary policy restriction.”"),
        TestStories.parsedArticle("cirocc.best", "en", "Speaking to journalists, ECB President Christine Lagarde "
            + "emphasized that the central bank would continue to follow “a data-dependent and meeting-by-meeting "
            + "approach.”")));
    XSLFSlide slide = slide(deck(story), "businesstrendstoday.com quotes Christine Lagarde most often");
    String notes = BriefingDeckTest.notes(slide);
    assertThat(notes).contains("Chart: Whom businesstrendstoday.com quotes").doesNotContain("cirocc.best#");
    assertThat(BriefingDeckTest.pictures(slide)).hasSize(1);
  }

  @Test
  void theHedgingRankingIsChartedByTheWordsItRanks() throws IOException {
    ParsedStory story = new ParsedStory("ecb", List.of(
        TestStories.parsedArticle("edito.seloger.com", "fr", "Le marché immobilier étant en berne depuis plusieurs "
            + "mois maintenant, cette baisse est attendue avec impatience, car elle devrait apporter de l’oxygène, en "
            + "facilitant l’emprunt immobilier.\n\nPar répercussion, cela devrait désengorger le marché locatif "
            + "devenu surchargé dans de nombreuses villes."),
        TestStories.parsedArticle("boursorama.com", "fr", "Comme attendu, la Banque centrale européenne (BCE) a "
            + "baissé ses taux directeurs d'un quart de point ce jeudi 6 juin, à l'issue de sa réunion de politique "
            + "monétaire.")));
    XSLFSlide slide = slide(deck(story), "edito.seloger.com hedges most in its own voice: 2 conditional words");
    assertThat(BriefingDeckTest.notes(slide)).contains("Chart: Conditional and epistemic words in each outlet's own "
        + "voice").contains("conditional: “devrait”");
  }
}
