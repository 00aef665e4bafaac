package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions found missing on the development set, each on its real sentences (French and English), with a
 * case where the rule must not fire.
 */
class DevSetConstructionsTest {

  private static List<FoundStatement> rows(ParsedStory story) {
    return FoundStatement.in(story);
  }

  @Test
  void anInvertedInciseFurtherOnInTheSentenceClosesTheQuote() {
    List<FoundStatement> rows = rows(TestStories.french("L’opposant Bassirou Diomaye Faye a remporté la présidentielle.\n\n"
        + "Il s’engage « à gouverner avec humilité, dans la transparence, à combattre la corruption » à tous les "
        + "niveaux, a-t-il déclaré lundi lors de sa première apparition publique."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("à gouverner avec humilité");
      assertThat(row.speaker()).isEqualTo("Bassirou Diomaye Faye");
    });
  }

  @Test
  void aQuoteInTheObjectOfANamedSubjectIsItsWords() {
    List<FoundStatement> rows = rows(TestStories.french("Dakar — Le chef de l'État sénégalais, Macky Sall, a adressé samedi "
        + "« ses condoléances attristées » à sa majesté le roi Mohamed VI et au peuple marocain."));
    assertThat(rows).singleElement().satisfies(row -> assertThat(row.speaker()).isEqualTo("Macky Sall"));
    // A subject that names nobody speaks no words: the quote keeps no source.
    List<FoundStatement> unnamed = rows(TestStories.french("Le séisme a fait « plusieurs centaines de morts dans la région »."));
    assertThat(unnamed).singleElement().satisfies(row -> {
      assertThat(row.speaker()).isEqualTo("none");
      assertThat(row.type()).isEqualTo("none");
    });
  }

  @Test
  void selonAfterTheClauseKeepsTheClauseNotTheRestOfTheSourcesName() {
    List<FoundStatement> rows = rows(TestStories.french("Plus de 2 000 personnes ont péri dans ce violent séisme qui a dévasté "
        + "une grande partie du pays, selon le bilan encore provisoire des autorités communiqué ce dimanche 10 "
        + "septembre."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("Plus de 2 000 personnes ont péri");
      assertThat(row.type()).isEqualTo("document");
    });
  }

  @Test
  void aParticipleAppositionBetweenTheNameAndItsVerb() {
    List<FoundStatement> rows = rows(TestStories.english("German Chancellor Olaf Scholz, speaking at a G20 summit in New Delhi, "
        + "said the quake was a disaster for the whole region."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.speaker()).isEqualTo("Olaf Scholz");
      assertThat(row.quote()).startsWith("the quake was a disaster");
    });
  }

  @Test
  void aPronounInciseInsideAStatement() {
    List<FoundStatement> rows = rows(TestStories.english("BBC correspondent Nick Beake reached one such village on Saturday.\n\n"
        + "Many people are camping out for the night there, he says, as they fear aftershocks."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.speaker()).isEqualTo("Nick Beake");
      assertThat(row.quote()).startsWith("Many people are camping out");
    });
  }

  @Test
  void aBareDescriptionStandsForARecentSourceOnly() {
    List<FoundStatement> rows = rows(TestStories.english("The interior ministry says Al Haouz province has the highest death "
        + "toll.\n\nMany villages were flattened.\n\nRescuers worked through the night.\n\nRoads were blocked by "
        + "rocks.\n\nFlags will be at half-mast on all public buildings in the country for the next three days, the "
        + "royal palace said."));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).speaker()).isEqualTo("interior ministry");
    assertThat(rows.get(1).speaker()).isEqualTo("royal palace");
  }

  @Test
  void quotedFragmentsOfOneSpeakerInOneSentenceAreOneStatement() {
    List<FoundStatement> rows = rows(TestStories.french("Christine Lagarde préside la BCE.\n\n\"Nous continuerons de maintenir nos "
        + "politiques suffisamment restrictives pour atteindre\" l'objectif \"d'assurer le retour au plus tôt de "
        + "l'inflation au niveau de son objectif de moyen terme de 2%\", a-t-elle dit."));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.quote()).startsWith("Nous continuerons de maintenir").contains(" […] d'assurer le retour");
      assertThat(row.speaker()).isEqualTo("Christine Lagarde");
    });
  }

  @Test
  void aStatementBesideAQuoteOfTheSameSpeakerStaysApart() {
    List<FoundStatement> rows = rows(TestStories.english("Montasir Itri, a resident of the mountain village of Asni near the "
        + "epicentre, said most houses there were damaged. \"Our neighbours are under the rubble and people are "
        + "working hard to rescue them using available means in the village,\" he said."));
    assertThat(rows).extracting(FoundStatement::quote).anyMatch(q -> q.startsWith("most houses there were damaged"))
        .anyMatch(q -> q.startsWith("Our neighbours are under the rubble"));
    assertThat(rows).extracting(FoundStatement::speaker).containsOnly("Montasir Itri");
  }
}
