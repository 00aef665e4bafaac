package dev.parallax.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys a French and an English report of one event share, on words and numbers of the dev-set articles. */
class CanonicalKeysTest {

  @Test
  void aResultWrittenInEitherLanguageIsOneNumber() {
    // "avec 54,28% des voix" (oceanguinee.com) and "won 54.28% of the vote" (urdupoint.com)
    assertThat(CanonicalKeys.number("54,28", "fr")).isEqualTo(CanonicalKeys.number("54.28", "en")).hasValue("54.28");
    // "1.037 morts" and "1,037 people" (the Morocco earthquake toll)
    assertThat(CanonicalKeys.number("1.037", "fr")).isEqualTo(CanonicalKeys.number("1,037", "en")).hasValue("1037");
    assertThat(CanonicalKeys.number("2 012", "fr")).hasValue("2012");
    assertThat(CanonicalKeys.number("3,75", "fr")).hasValue("3.75");
  }

  @Test
  void aMarkInTheWrongPlaceIsNoNumber() {
    assertThat(CanonicalKeys.number("1,2,3", "en")).isEmpty();
    assertThat(CanonicalKeys.number("12.34.5", "fr")).isEmpty();
  }

  @Test
  void aResultOrATollIsSpecificACountOrARoundFigureIsNot() {
    assertThat(CanonicalKeys.isSpecific("54.28")).isTrue();
    assertThat(CanonicalKeys.isSpecific("1037")).isTrue();
    assertThat(CanonicalKeys.isSpecific("24")).isFalse();
    assertThat(CanonicalKeys.isSpecific("1000")).isFalse();
  }

  @Test
  void aCountryHasOneNameInBothLanguagesAndAccentsDoNotCount() {
    assertThat(CanonicalKeys.name("Maroc")).isEqualTo(CanonicalKeys.name("Morocco")).hasValue("morocco");
    assertThat(CanonicalKeys.name("Sénégal")).isEqualTo(CanonicalKeys.name("Senegal"));
    assertThat(CanonicalKeys.name("Allemagne")).isEqualTo(CanonicalKeys.name("Germany"));
    assertThat(CanonicalKeys.name("Diomaye")).hasValue("diomaye");
  }

  @Test
  void monthsAndWeekdaysNameNoActor() {
    assertThat(CanonicalKeys.name("March")).isEmpty();
    assertThat(CanonicalKeys.name("Wednesday")).isEmpty();
    assertThat(CanonicalKeys.name("mars")).isEmpty();
  }

  @Test
  void cognatesShareTheirFirstLetters() {
    assertThat(CanonicalKeys.cognate("présidentielle")).isEqualTo(CanonicalKeys.cognate("presidential"));
    assertThat(CanonicalKeys.cognate("provisoires")).isEqualTo(CanonicalKeys.cognate("provisional"));
    assertThat(CanonicalKeys.cognate("taux")).isEqualTo(Optional.empty());
  }

  @Test
  void aNewsAddressCarriesItsPublicationDate() {
    assertThat(DateMentions.inAddress("https://www.africanews.com/2024/03/27/bassirou-diomaye-faye-wins/"))
        .hasValue(LocalDate.of(2024, 3, 27));
    assertThat(DateMentions.inAddress("https://allafrica.com/stories/202403270360.html"))
        .hasValue(LocalDate.of(2024, 3, 27));
    assertThat(DateMentions.inAddress("https://kiss100.co.ke/entertainment/2023-09-10-more-than-2-000-people-dead/"))
        .hasValue(LocalDate.of(2023, 9, 10));
    assertThat(DateMentions.inAddress("https://www.bnnbloomberg.ca/ecb-s-only-dissenter-1.2082032")).isEmpty();
    assertThat(DateMentions.inAddress("https://sene1.com/?p=65090")).isEmpty();
  }

  @Test
  void aPastEventTheTextRecallsDoesNotDateTheArticle() {
    // huffingtonpost.fr: the 2023 earthquake (written "10 septembre", its own year untold) recalls Agadir's of 1960
    String recalled = "Le séisme du 10 septembre est le plus meurtrier depuis celui qui avait détruit Agadir, "
        + "le 29 février 1960.";
    assertThat(ArticleProfile.eventDates(recalled, Optional.empty())).isEmpty();
    // lematinal.bj: the event's own date, year written
    assertThat(ArticleProfile.eventDates("Bassirou Diomaye Faye a prêté serment ce mardi 2 avril 2024 à Diamniadio.",
        Optional.empty())).containsExactly(LocalDate.of(2024, 4, 2));
    assertThat(ArticleProfile.eventDates("le 29 février 1960", Optional.of(LocalDate.of(2023, 9, 9))))
        .containsExactly(LocalDate.of(2023, 9, 9));
  }
}
