package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A participle of saying that speaks for the clause's subject ("…, saying in a televised statement that …"), and a
 * subject set apart from its verb by a relative clause or a dash aside, on real sentences of the development set.
 */
class ParticiplesAndAsidesTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void aParticipleOfSayingWithItsThatClauseSpeaksForTheSubject() {
    // zawya.com
    List<FoundStatement> rows = rows(TestStories.english("The Interior Ministry urged calm, saying in a televised statement that the "
        + "quake had hit the provinces of Al Haouz, Ouarzazate, Marrakech, Azilal, Chichaoua and Taroudant."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("the quake had hit the provinces");
      assertThat(row.speaker()).isEqualTo("Interior Ministry");
      assertThat(row.type()).isEqualTo("institution");
    });
    // bnnbloomberg.ca
    List<FoundStatement> despite = rows(TestStories.english("Austria’s hawkish central bank chief Robert Holzmann was the "
        + "sole dissenter against the move on Thursday to cut euro-zone interest rates.\n\nHolzmann based his "
        + "view on the latest economic data, despite saying as late as last week that he was inclined to support a rate "
        + "reduction."));
    assertThat(despite).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("he was inclined to support");
      assertThat(row.speaker()).isEqualTo("Robert Holzmann");
    });
  }

  @Test
  void aParticipleWithNoThatClauseIsNoStatement() {
    // kafupdates.com: the participle's object is no clause; only the quote inside it is a statement
    List<FoundStatement> rows = rows(TestStories.english("Ba had briefly appeared in front of his supporters on Sunday night, saying "
        + "he would give an assessment around midday on Monday."));
    assertThat(rows).extracting(FoundStatement::quote).noneMatch(q -> q.startsWith("he would give"));
  }

  @Test
  void aRelativeClauseBetweenTheSubjectAndItsVerb() {
    // yalibnan.com
    List<FoundStatement> rows = rows(TestStories.english("Algeria, which broke off ties with Morocco two years ago, said it would "
        + "open its air space for humanitarian and medical flights to Morocco."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("it would open its air space");
      assertThat(row.speaker()).isEqualTo("Algeria");
      assertThat(row.type()).isEqualTo("institution");
    });
  }

  @Test
  void aDashAsideHoldingAQuoteBetweenTheSubjectAndItsVerb() {
    // cirocc.best: the quote in the "that" clause is Lagarde's, framed by "emphasized"
    List<FoundStatement> rows = rows(TestStories.english("Speaking to journalists, ECB President Christine Lagarde — who donned a "
        + "necklace in the shape of the words “In charge” — emphasized that the central bank would continue to follow "
        + "“a data-dependent and meeting-by-meeting approach.”"));
    assertThat(rows).filteredOn(FoundStatement::direct).anySatisfy(row -> {
      assertThat(row.quote()).startsWith("a data-dependent");
      assertThat(row.speaker()).isEqualTo("Christine Lagarde");
    });
    assertThat(rows).extracting(FoundStatement::quote).noneMatch(q -> q.startsWith("the central bank would continue"));
  }
}
