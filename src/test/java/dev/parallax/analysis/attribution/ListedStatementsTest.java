package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements listed under a speaker (issue 16), on lines from real pages: a lead naming the speaker, then bulleted
 * or quoted lines, each the speaker's statement; lists under a lead that names no speaker stay unattributed.
 */
class ListedStatementsTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void bulletedLinesUnderAReportingVerbAreTheSubjectsStatements() {
    // lead and lines as on a Malian news page (seed corpus wording), the lines as "▪️" bullets
    List<FoundStatement> rows = rows(TestStories.french("Le ministre malien des Affaires étrangères, Abdoulaye Diop, a "
        + "notamment déclaré :\n\n"
        + "▪️ La Russie est déterminée à soutenir les efforts de sécurité de l’AES.\n\n"
        + "▪️ La coopération militaire sera renforcée dans les prochains mois."));
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.speaker()).isEqualTo("Abdoulaye Diop"));
    assertThat(rows.get(0).quote()).startsWith("La Russie est déterminée");
    assertThat(rows.get(1).quote()).startsWith("La coopération militaire");
  }

  @Test
  void linesOfOneParagraphUnderALeadEachCount() {
    List<FoundStatement> rows = rows(TestStories.french("Le ministre malien Abdoulaye Diop a notamment déclaré :\n"
        + "– La Russie est déterminée à soutenir les efforts de sécurité de l’AES.\n"
        + "– La coopération militaire sera renforcée."));
    assertThat(rows).extracting(FoundStatement::speaker).containsExactly("Abdoulaye Diop", "Abdoulaye Diop");
  }

  @Test
  void quotedLinesUnderAKeyQuotesLeadAreTheNamedSpeakers() {
    // news.bbc.co.uk, "Key Quotes: PM's press conference" (2007)
    List<FoundStatement> rows = rows(TestStories.english("Here are some of the key quotes from Prime Minister Gordon Brown's "
        + "regular media conference on 8 October 2007:\n\n"
        + "\"I take full responsibility for everything that's happened.\"\n\n"
        + "\"But I did listen to people.\""));
    assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.speaker()).isEqualTo("Gordon Brown"));
  }

  @Test
  void aLeadThatOnlyNamesTheSpeaker() {
    List<FoundStatement> rows = rows(TestStories.french("Le ministre Abdoulaye Diop :\n\n"
        + "• La Russie est déterminée à soutenir les efforts de sécurité de l’AES."));
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.speaker()).isEqualTo("Abdoulaye Diop"));
  }

  @Test
  void aListUnderALeadNamingNoSpeakerStaysInTheOutletsVoice() {
    // canberratimes.com.au, "Donald Trump's news conference: what he said" (2017): the bullets tell events
    List<FoundStatement> rows = rows(TestStories.english("Here are the key moments:\n\n"
        + "• Mr Trump began by thanking news organisations that did not report the claims."));
    assertThat(rows).isEmpty();
    // huffingtonpost.fr (development set): bulleted subheadings after a sentence of the outlet's own
    List<FoundStatement> headings = rows(TestStories.french("Voici ce que l’on sait de cette catastrophe.\n\n"
        + "• Trois jours de deuil national\n\n"
        + "Le Maroc a décrété samedi un deuil national de trois jours."));
    assertThat(headings).isEmpty();
  }

  @Test
  void aHeadingThatIsOnlyANameLabelsASectionNotASpeaker() {
    // yalibnan.com (development set): world reactions under country headings; the page is cut before the source
    List<FoundStatement> rows = rows(TestStories.english("FRANCE\n\n“France … is ready to provide immediately its hel"));
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.speaker()).isEqualTo("none"));
  }

  @Test
  void aListOfFactsAboutSomeoneIsNotTheirWords() {
    List<FoundStatement> rows = rows(TestStories.english("The president's plan includes:\n\n"
        + "• A cut in fuel taxes.\n\n"
        + "• New roads in the north."));
    assertThat(rows).isEmpty();
  }

  @Test
  void theListEndsAtTheFirstLineThatIsNotListed() {
    List<FoundStatement> rows = rows(TestStories.french("Le ministre malien Abdoulaye Diop a notamment déclaré :\n\n"
        + "▪️ La Russie est déterminée à soutenir les efforts de sécurité de l’AES.\n\n"
        + "La rencontre s’est tenue à Moscou les 3 et 4 avril 2025."));
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.quote()).startsWith("La Russie"));
  }
}
