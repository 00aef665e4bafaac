package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "X speaks of an actor favourably, Y unfavourably" compares the outlets' own words: a source's words the outlet
 * quotes are not the outlet speaking. Sentences of the Morocco earthquake coverage (September 2023, development set).
 */
class ActorToneFindingsTest {

  @Test
  void aQuotedPraiseIsNotTheOutletSpeaking() {
    // fr.allafrica.com quotes Macky Sall's "peuple marocain ami et frère"; lesiteinfo.com writes "le plus meurtrier
    // au Maroc" of the quake: neither outlet speaks of Morocco in its own words.
    ParsedStory story = new ParsedStory("morocco", List.of(
        TestStories.parsedArticle("fr.allafrica.com", "fr", "« J'adresse mes condoléances attristées à sa majesté "
            + "le roi Mohamed VI et au peuple marocain ami et frère suite au tremblement de terre qui a endeuillé le "
            + "Maroc », a notamment écrit Macky Sall sur ses comptes sociaux."),
        TestStories.parsedArticle("huffingtonpost.fr", "fr", "Le Maroc a décrété samedi un deuil national de trois "
            + "jours, alors que ce séisme est le plus meurtrier au Maroc depuis celui qui avait détruit Agadir.")));
    assertThat(FindingTexts.containing(story, " speaks of ")).isEmpty();
  }
}
