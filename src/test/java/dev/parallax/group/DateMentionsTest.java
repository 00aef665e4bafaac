package dev.parallax.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

  @Test
  void findsFrenchDatesWithTwoDays() {
    // maliweb.net: "cette première réunion qui fera date s'est tenue en Russie les 4 et 5 avril 2025"
    assertThat(DateMentions.in("s’est tenue en Russie les 4 et 5 avril 2025."))
        .containsExactly(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 5));
  }

  @Test
  void findsFirstOfTheMonthAccentsAndEnglishAndIsoDates() {
    assertThat(DateMentions.in("le 1er décembre 2024, puis le 3 aout 2025")).containsExactly(
        LocalDate.of(2024, 12, 1), LocalDate.of(2025, 8, 3));
    assertThat(DateMentions.in("on April 4, 2025 and on 5 April 2025")).containsExactly(
        LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 5));
    assertThat(DateMentions.in("published 2025-11-21")).containsExactly(LocalDate.of(2025, 11, 21));
  }

  @Test
  void leavesOutDatesWithoutAYearAndImpossibleDates() {
    assertThat(DateMentions.in("ce jeudi 4 avril, puis le 31 février 2025 et le code 2025-13-45")).isEmpty();
  }
}
