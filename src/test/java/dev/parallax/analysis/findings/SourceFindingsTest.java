package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.EcbExcerpts;
import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom each outlet quotes most: one finding per source, naming every outlet whose most quoted source it is. On
 * sentences of the ECB rate-cut coverage (June 2024, development set), where three outlets each quote Christine
 * Lagarde most and three findings "X quotes Christine Lagarde most often" read as contradicting each other.
 */
class SourceFindingsTest {

  @Test
  void aSourceSeveralOutletsQuoteMostIsOneFindingNamingThemAll() {
    ParsedStory story = new ParsedStory("ecb", List.of(
        EcbExcerpts.businessTrendsToday(),
        // bfmtv.com: its last sentence shortened after the quote
        TestStories.parsedArticle("bfmtv.com", "fr", "Interrogée sur ce sujet, la présidente de la BCE, Christine "
            + "Lagarde, s'est montrée particulièrement prudente.\n\n\"Nous continuerons de maintenir nos politiques "
            + "suffisamment restrictives pour atteindre\" l'objectif \"d'assurer le retour au plus tôt de "
            + "l'inflation au niveau de son objectif de moyen terme de 2%\", a-t-elle dit.\n\n\"Nous ne nous "
            + "engageons pas à l'avance sur une trajectoire de taux particulière\", a encore prévenu Christine "
            + "Lagarde.")));
    List<String> findings = FindingTexts.of(story);
    assertThat(findings).filteredOn(t -> t.contains("most often")).singleElement().satisfies(t -> assertThat(t)
        .endsWith("quote Christine Lagarde most often").contains("businesstrendstoday.com (2 of its 2 attributed "
            + "statements)").contains(" and bfmtv.com (2 of 2)"));
  }

  @Test
  void oneOutletsMostQuotedSourceKeepsItsOwnFinding() {
    ParsedStory story = new ParsedStory("ecb", List.of(
        EcbExcerpts.businessTrendsToday(),
        // cirocc.best quotes her once: her most quoted outlet is businesstrendstoday.com alone
        EcbExcerpts.ciroccQuotingLagardeOnce()));
    List<String> findings = FindingTexts.of(story);
    assertThat(findings).filteredOn(t -> t.contains("most often")).singleElement().isEqualTo(
        "businesstrendstoday.com quotes Christine Lagarde most often (2 of its 2 attributed statements)");
  }

  @Test
  void thePeopleOnlyOneOutletQuotesAreOneFinding() {
    // yalibnan.com and upday.com (Morocco earthquake, September 2023, development set; quotes shortened)
    ParsedStory story = new ParsedStory("morocco", List.of(
        TestStories.parsedArticle("yalibnan.com", "en", "German Chancellor Olaf Scholz, speaking at a G20 summit in "
            + "New Delhi, said the quake “has moved and worried many people here.”\n\nSecretary of State Antony "
            + "Blinken said in a statement, “I express my deep sadness at the loss of life and destruction caused by "
            + "yesterday’s earthquake in Morocco.”"),
        TestStories.parsedArticle("upday.com", "fr", "Le Maroc pleure ses morts dimanche après un violent séisme.")));
    List<String> findings = FindingTexts.of(story);
    assertThat(findings).filteredOn(t -> t.contains(" quotes ")).singleElement()
        .isEqualTo("yalibnan.com quotes 2 people no other outlet names: Olaf Scholz (once), Antony Blinken (once)");
  }
}
