package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures and results a source gives ("de magnitude 7 selon le Centre…", "selon les chiffres officiels"), on real
 * sentences of the development set and the cases where the rule must not fire.
 */
class FiguresGivenBySourceTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void aFigureGivenSelonWithNoCommaIsTheSourcesFigureNotTheWholeClause() {
    // huffingtonpost.fr
    List<FoundStatement> rows = rows(TestStories.french("Ce tremblement de terre, qui a eu lieu dans la nuit de vendredi à samedi, "
        + "a été de magnitude 7 selon le Centre marocain pour la recherche scientifique et technique (6,8 selon le "
        + "service sismologique américain), ce qui en fait le plus puissant à avoir jamais été mesuré au Maroc."));
    assertThat(rows).extracting(FoundStatement::quote).hasSize(2)
        .anyMatch(q -> q.startsWith("de magnitude 7 selon le Centre marocain"))
        .anyMatch(q -> q.startsWith("6,8 selon le service sismologique américain"));
    assertThat(rows).extracting(FoundStatement::type).containsOnly("institution");
    // upday.com: the figure in an apposition after a comma
    List<FoundStatement> apposed = rows(TestStories.french("Le tremblement de terre de la nuit de vendredi à samedi, de magnitude "
        + "7 selon le Centre marocain pour la recherche scientifique et technique, est le plus puissant à avoir "
        + "jamais été mesuré au Maroc."));
    assertThat(apposed).singleElement().satisfies(row -> assertThat(row.quote()).startsWith("de magnitude 7 selon"));
  }

  @Test
  void selonAfterACommaStillGivesTheClause() {
    // icibeyrouth.com: a figure, but the source follows a comma: the clause is the source's words
    List<FoundStatement> rows = rows(TestStories.french("Le troisième candidat, Aliou Mamadou Dia, du Parti de l’unité et du "
        + "rassemblement, n’a recueilli que 2,8% des suffrages, selon les chiffres officiels."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("Le troisième candidat, Aliou Mamadou Dia");
      assertThat(row.speaker()).isEqualTo("chiffres officiels");
      assertThat(row.type()).isEqualTo("document");
    });
  }

  @Test
  void resultsFiguresAndUpdatesAreDocuments() {
    List<FoundStatement> rows = rows(TestStories.english("The quake has claimed the lives of 2,012 people and injured 2,059, with "
        + "1,404 of them in serious condition, according to the latest update from the country's Interior Ministry "
        + "on Saturday."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("The quake has claimed the lives");
      assertThat(row.type()).isEqualTo("document");
    });
    // sene1.com: a subject relative describing the main clause's score is no clause of its own
    List<FoundStatement> estimates = rows(TestStories.french("Il remporte le scrutin au premier tour avec un score qui frôle les "
        + "60 %, selon diverses estimations."));
    assertThat(estimates).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("Il remporte le scrutin");
      assertThat(row.type()).isEqualTo("document");
    });
  }

  @Test
  void aRelativeClauseHoldingTheFigureIsWhatTheSourceGives() {
    // upday.com: the relative clause, not the clause it hangs on, holds the toll
    List<FoundStatement> rows = rows(TestStories.french("Le Maroc pleure ses morts dimanche après un violent séisme au sud-ouest "
        + "de Marrakech dans lequel ont péri plus de 2.000 personnes, selon le dernier bilan officiel, susceptible de "
        + "s'aggraver au fil des recherches."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("dans lequel ont péri plus de 2.000 personnes");
      assertThat(row.type()).isEqualTo("document");
    });
    // the main clause holds the toll, the relative clause none: the main clause stays the statement
    List<FoundStatement> main = rows(TestStories.french("Plus de 2 000 personnes ont péri dans ce violent séisme qui a dévasté "
        + "une grande partie du pays, selon le bilan encore provisoire des autorités."));
    assertThat(main).singleElement().satisfies(row -> assertThat(row.quote()).startsWith("Plus de 2 000 personnes"));
    // maghress.com: a relative clause inside the subject, before the main verb
    List<FoundStatement> subject = rows(TestStories.french("Le séisme qui s'est abattu sur plusieurs villes du Maroc dans la nuit "
        + "de vendredi à samedi a provoqué la mort de 296 personnes et 153 blessés, selon un premier bilan officiel."));
    assertThat(subject).singleElement().satisfies(row -> assertThat(row.quote()).startsWith("Le séisme qui"));
  }

  @Test
  void aBarePluralAfterAccordingToIsTheSource() {
    // urdupoint.com
    List<FoundStatement> rows = rows(TestStories.english("Third-placed candidate Aliou Mamadou Dia won just 2.8 percent of the vote, "
        + "according to figures read out at the Dakar court by the president of the national vote counting "
        + "commission, Amady Diouf."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("Third-placed candidate Aliou Mamadou Dia won");
      assertThat(row.speaker()).startsWith("figures");
      assertThat(row.type()).isEqualTo("document");
    });
    // after a verb, a bare time word is still skipped: the source is the phrase after it
    List<FoundStatement> told = rows(TestStories.english("The toll has risen to 2,012, the ministry said Saturday."));
    assertThat(told).singleElement().satisfies(row -> assertThat(row.speaker()).isEqualTo("ministry"));
  }
}
