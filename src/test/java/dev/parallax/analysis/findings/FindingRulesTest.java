package dev.parallax.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules a finding must pass before it is said, on sentences of the development set (ecb-rate-cut-2024-06,
 * morocco-earthquake-2023-09, senegal-presidential-results-2024-03) and the seed story.
 */
class FindingRulesTest {
  private static final Language FRENCH = Language.forCode("fr");

  private static Sentence english(String text) {
    return only(TestStories.english(text));
  }

  private static Sentence french(String text) {
    return only(TestStories.french(text));
  }

  private static Sentence only(ParsedStory story) {
    List<Sentence> sentences = story.sentences();
    assertThat(sentences).hasSize(1);
    return sentences.get(0);
  }

  @Test
  void framingLabelsQuestionsAndSignpostsAreNoFactOfTheirOwn() {
    assertThat(Reportable.isStatement(english("Why it matters: Some of the world's most significant central banks "
        + "are starting to dial back aggressive interest rate hikes."))).isFalse();
    assertThat(Reportable.isStatement(english("The big picture: Global monetary policymakers make rate decision "
        + "based on what's happening in their respective economies."))).isFalse();
    assertThat(Reportable.isStatement(french("Pourquoi la BCE baisse ses taux directeurs ?"))).isFalse();
    assertThat(Reportable.isStatement(french("Voici ce que l’on sait de cette catastrophe."))).isFalse();
  }

  @Test
  void statementsOfTheStoryAreFacts() {
    assertThat(Reportable.isStatement(french("Le taux sur les dépôts, qui était à 4%, a été abaissé à 3,75%.")))
        .isTrue();
    assertThat(Reportable.isStatement(english("They say they are desperately short of food and water."))).isTrue();
    assertThat(Reportable.isStatement(french("Mais en cas d’objection, le Conseil constitutionnel dispose de cinq "
        + "jours pour statuer."))).isTrue();
  }

  @Test
  void aSpeakerIntroducedBeforeAColonIsNoLabel() {
    Sentence quoted = french("Le ministre a déclaré : « Nous avons décidé de renforcer notre coopération. »");
    assertThat(Reportable.opensWithLabel(quoted.tokens())).isFalse();
  }

  @Test
  void numbersAreComparedAcrossWritingsAndLanguages() {
    assertThat(Nearness.numbers("Plus de 2.000 personnes ont péri")).containsExactly("2000");
    assertThat(Nearness.numbers("killing more than 2,000 people")).containsExactly("2000");
    assertThat(Nearness.numbers("avec 61,30% de participation")).containsExactly("61.3");
    assertThat(Nearness.numbers("The voter turnout reached 61.3%")).containsExactly("61.3");
    // Days of the month and years: every article of a story gives them.
    assertThat(Nearness.numbers("le dimanche 24 mars 2024")).isEmpty();
  }

  @Test
  void namesMeetAcrossLanguagesByTheirFirstLetters() {
    assertThat(Nearness.names(french("Même l'Algérie voisine a ouvert son espace aérien.")))
        .containsAnyElementsOf(Nearness.names(english("Algeria opened its airspace to aid flights.")));
  }

  @Test
  void aBareWeekdayAgainstAnotherIsNoConflictToBriefButWrittenDatesAre() {
    assertThat(FactFindings.betweenOutlets("date: jamaica-gleaner.com gives \"Saturday\" = 2023-09-09 (Saturday); "
        + "yalibnan.com gives \"Friday\" = 2023-09-08 (Friday)")).isEmpty();
    assertThat(FactFindings.betweenOutlets("date: Inside huffingtonpost.fr: \"samedi\" = unresolved weekday"))
        .isEmpty();
    String written = "date: a.com gives \"24 mars\" = 2024-03-24; b.com gives \"March 25\" = 2024-03-25";
    assertThat(FactFindings.betweenOutlets(written)).isEqualTo(written);
    String number = "number: afriques.info gives \"2,8\" = 2.8; sene1.com gives \"3,13\" = 3.13";
    assertThat(FactFindings.betweenOutlets(number)).isEqualTo(number);
  }

  @Test
  void twoWordingsOfOneFactShareContentWordsAndTwoFactsDoNot() {
    Sentence stated = french("C’est la première fois depuis l’indépendance du Sénégal en 1960 qu’un opposant "
        + "l’emporte dès le premier tour.");
    Sentence hedged = french("Ce serait la première fois depuis l'indépendance du Sénégal en 1960 qu'un opposant "
        + "l'emporterait dès le premier tour.");
    Sentence other = french("Son élection a été précédée par trois années de tensions et de troubles dans le pays.");
    assertThat(Overlap.sameFact(stated, hedged, FRENCH)).isTrue();
    assertThat(Overlap.sameFact(stated, other, FRENCH)).isFalse();
  }

  @Test
  void sentencesSharingOnlyANameAndADateReportTwoFacts() {
    // pressafrik.com (Ba congratulates Faye) and oceanguinee.com (crowds celebrate Faye's win): Senegal, March 2024
    Sentence congratulated = french("Reconnaissant finalement sa défaite à la présidentielle du 24 mars 2024, "
        + "Amadou Ba a félicité son adversaire, Bassirou Diomaye Faye.");
    Sentence celebrated = french("Le soir même du 24 mars, les populations étaient sorties en masse pour fêter sa "
        + "victoire de Bassirou Diomaye Faye.");
    assertThat(Overlap.sameFact(congratulated, celebrated, FRENCH)).isFalse();
    // afriques.info and oceanguinee.com: the same score of the runner-up, in other words (a name and a figure)
    Sentence second = french("Il est loin devant le candidat du pouvoir Amadou Ba, 35,79%.");
    Sentence obtains = french("Derrière le président élu Bassirou Diomaye Faye, en deuxième position, Amadou Ba "
        + "obtient 35,79%.");
    assertThat(Overlap.sameFact(second, obtains, FRENCH)).isTrue();
  }
}
