package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "A fact stated by some, attributed or hedged by others": on sentences of the coverage of Senegal's 2024
 * presidential results (development set). The contrast holds where one outlet doubts what another states; not where
 * both tell the same person's act, one quoting it, nor where the "stated" sentence is itself a quotation.
 */
class StanceFindingsTest {

  private static List<String> stances(ParsedStory story) {
    return FindingTexts.containing(story, "as fact");
  }

  @Test
  void anOutletHedgingWhatAnotherStatesIsAFinding() {
    ParsedStory story = new ParsedStory("senegal", List.of(
        TestStories.parsedArticle("afriques.info", "fr", "C’est la première fois depuis l’indépendance du Sénégal en "
            + "1960 qu’un opposant l’emporte dès le premier tour."),
        TestStories.parsedArticle("information.tv5monde.com", "fr", "Ce serait la première fois depuis "
            + "l'indépendance du Sénégal en 1960 qu'un opposant l'emporterait dès le premier tour.")));
    assertThat(stances(story)).singleElement().satisfies(t -> assertThat(t)
        .contains("information.tv5monde.com hedges it (“serait”); afriques.info states it as fact"));
  }

  @Test
  void tellingAPersonsActIsNoContrastWithQuotingIt() {
    // allafrica.com quotes Sall's words; foroyaa.net tells that Sall congratulated Faye: both report Sall's act.
    ParsedStory story = new ParsedStory("senegal", List.of(
        TestStories.parsedArticle("allafrica.com", "en", "Senegal's outgoing President Macky Sall also congratulated "
            + "opposition candidate Faye as his successor on Monday, hailing \"a victory for Senegalese democracy.\""),
        TestStories.parsedArticle("foroyaa.net", "en", "In a recent tweet, president Macky Sall congratulated "
            + "Diomaye Faye.")));
    assertThat(stances(story)).isEmpty();
  }
}
