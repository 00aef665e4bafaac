package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.Analyzers;
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
        TestStories.parsedArticle("businesstrendstoday.com", "en", "“The inflation outlook has improved markedly,” "
            + "Christine Lagarde, the president of the E.C.B., said on Thursday at a news conference in Frankfurt. "
            + "“It is now appropriate to moderate the degree of monetary policy restriction.”"),
        // bfmtv.com: its last sentence shortened after the quote
        TestStories.parsedArticle("bfmtv.com", "fr", "Interrogée sur ce sujet, la présidente de la BCE, Christine "
            + "Lagarde, s'est montrée particulièrement prudente.\n\n\"Nous continuerons de maintenir nos politiques "
            + "suffisamment restrictives pour atteindre\" l'objectif \"d'assurer le retour au plus tôt de "
            + "l'inflation au niveau de son objectif de moyen terme de 2%\", a-t-elle dit.\n\n\"Nous ne nous "
            + "engageons pas à l'avance sur une trajectoire de taux particulière\", a encore prévenu Christine "
            + "Lagarde.")));
    List<String> findings = Findings.of(story, Analyzers.runAll(story)).table().stringColumn("Finding").asList();
    assertThat(findings).filteredOn(t -> t.contains("most often")).singleElement().satisfies(t -> assertThat(t)
        .endsWith("quote Christine Lagarde most often").contains("businesstrendstoday.com (2 of its 2 attributed "
            + "statements)").contains(" and bfmtv.com (2 of 2)"));
  }

  @Test
  void oneOutletsMostQuotedSourceKeepsItsOwnFinding() {
    ParsedStory story = new ParsedStory("ecb", List.of(
        TestStories.parsedArticle("businesstrendstoday.com", "en", "“The inflation outlook has improved markedly,” "
            + "Christine Lagarde, the president of the E.C.B., said on Thursday at a news conference in Frankfurt. "
            + "“It is now appropriate to moderate the degree of monetary policy restriction.”"),
        // cirocc.best quotes her once: her most quoted outlet is businesstrendstoday.com alone
        TestStories.parsedArticle("cirocc.best", "en", "Speaking to journalists, ECB President Christine Lagarde "
            + "emphasized that the central bank would continue to follow “a data-dependent and meeting-by-meeting "
            + "approach.”")));
    List<String> findings = Findings.of(story, Analyzers.runAll(story)).table().stringColumn("Finding").asList();
    assertThat(findings).filteredOn(t -> t.contains("most often")).singleElement().isEqualTo(
        "businesstrendstoday.com quotes Christine Lagarde most often (2 of its 2 attributed statements)");
  }
}
