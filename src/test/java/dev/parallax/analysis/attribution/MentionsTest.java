package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import org.junit.jupiter.api.Test;

/**
 * Quotation marks right after a noun or participle that names what they hold (words written on something, a title, a
 * slogan, the name of a programme) mark a mention, not anyone's statement; quotes framed by a source stay quotes.
 * Real sentences: cirocc.best and lapresse.ca (development set, the ECB's June 2024 rate cut), a French Senate
 * committee report (senat.fr, 2018).
 */
class MentionsTest {

  @Test
  void wordsWrittenOnSomethingAreNoStatement() {
    // cirocc.best, two paragraphs: the necklace's words are no statement (nor the bank's, quoted just before); the
    // approach Lagarde emphasized is hers.
    assertThat(FoundStatement.in(TestStories.english("“Despite the progress over recent quarters, domestic price "
        + "pressures remain strong as wage growth is elevated, and inflation is likely to stay above target well into "
        + "next year,” the central bank said in a statement.\n\nSpeaking to journalists, ECB President Christine Lagarde — who "
        + "donned a necklace in the shape of the words “In charge” — emphasized that the central bank would continue "
        + "to follow “a data-dependent and meeting-by-meeting approach.”")))
        .noneMatch(s -> s.quote().contains("In charge"))
        .anySatisfy(s -> {
          assertThat(s.quote()).contains("data-dependent");
          assertThat(s.speaker()).isEqualTo("Christine Lagarde");
        });
  }

  @Test
  void theNameOfAProgrammeIsNoStatement() {
    // senat.fr: a budget programme's name in guillemets, three words and more.
    assertThat(FoundStatement.in(TestStories.french("Dans le cadre du large périmètre de la mission « Solidarité, "
        + "insertion, égalité des chances », nous avons donc décidé de conduire des travaux de contrôle sur le sujet "
        + "de l'aide alimentaire."))).noneMatch(s -> s.quote().contains("Solidarité"));
  }

  @Test
  void aQuoteFramedByItsSpeakerStaysAQuote() {
    // lapresse.ca
    assertThat(FoundStatement.in(TestStories.french("En conférence de presse, la présidente de la BCE, Christine "
        + "Lagarde, a parlé de l'inflation. « Nous maintiendrons les taux directeurs suffisamment restrictifs aussi "
        + "longtemps que nécessaire », a-t-elle déclaré.")))
        .anySatisfy(s -> {
          assertThat(s.quote()).startsWith("Nous maintiendrons");
          assertThat(s.speaker()).isEqualTo("Christine Lagarde");
          assertThat(s.direct()).isTrue();
        });
  }
}
