package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.EcbExcerpts;
import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hedging finding ranks the outlets by their own doubt per 1,000 words and names the runner-up, instead of
 * saying that the others "do not hedge"; on sentences of the ECB rate-cut coverage (June 2024, development set).
 */
class HedgeFindingsTest {

  private static List<String> findings(ParsedStory story) {
    return FindingTexts.of(story);
  }

  @Test
  void theOutletThatDoubtsMostPerThousandWordsLeadsAndTheRunnerUpIsNamed() {
    // edito.seloger.com: "devrait" twice in 40 words; economiematin.fr: "devraient" once in 33 words;
    // boursorama.com: no doubt of its own ("Comme attendu" is no hedge).
    ParsedStory story = new ParsedStory("ecb-rate-cut", List.of(
        EcbExcerpts.editoSeloger(),
        TestStories.parsedArticle("economiematin.fr", "fr", "Les emprunteurs à taux variable, particulièrement "
            + "touchés par les hausses précédentes, devraient voir un certain soulagement.\n\nLa Banque centrale "
            + "européenne a baissé ses taux directeurs d'un quart de point ce jeudi 6 juin."),
        EcbExcerpts.boursorama()));
    assertThat(findings(story)).filteredOn(t -> t.contains("hedges most in its own voice")).singleElement()
        .satisfies(t -> assertThat(t).startsWith("edito.seloger.com hedges most in its own voice: 2 conditional "
            + "words (“devrait”), ").contains(" per 1,000 words; next: economiematin.fr ("));
  }

  @Test
  void oneDoubtfulWordIsNoFinding() {
    ParsedStory story = new ParsedStory("ecb-rate-cut", List.of(
        TestStories.parsedArticle("economiematin.fr", "fr", "Les emprunteurs à taux variable, particulièrement "
            + "touchés par les hausses précédentes, devraient voir un certain soulagement."),
        TestStories.parsedArticle("boursorama.com", "fr", "Comme attendu, la Banque centrale européenne (BCE) a "
            + "baissé ses taux directeurs d'un quart de point ce jeudi 6 juin.")));
    assertThat(findings(story)).noneMatch(t -> t.contains("hedges most"));
  }

  @Test
  void aDoubtInsideAClauseTheOutletReportsIsTheSourcesNotTheOutlets() {
    // lapresse.ca (shortened after the date): "probablement" is the analysts' doubt, in a clause it reports.
    ParsedStory story = new ParsedStory("ecb-rate-cut", List.of(
        TestStories.parsedArticle("lapresse.ca", "fr", "Les analystes estiment que la BCE ne changera probablement "
            + "pas son taux lors de sa prochaine réunion le 18 juillet."),
        EcbExcerpts.editoSeloger()));
    assertThat(findings(story)).filteredOn(t -> t.contains("hedges most in its own voice")).singleElement()
        .satisfies(t -> assertThat(t).startsWith("edito.seloger.com").endsWith("none found in lapresse.ca")
            .doesNotContain("probablement"));
  }
}
