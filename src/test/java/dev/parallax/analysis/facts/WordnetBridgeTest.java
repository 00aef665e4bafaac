package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * French words the generated wordnet bridge maps to the English word an English report uses (the hand-written
 * concepts list has none of them), and lemmas that keep apart words a short stem prefix joined.
 */
class WordnetBridgeTest {

  @Test
  void frenchRuinsAndLocalityShareTheEnglishTerms() {
    List<String> french = terms("fr", "Les habitants cherchent des survivants dans les ruines de la localité.");
    List<String> english = terms("en", "Residents searched for survivors in the ruins of the village.");
    assertThat(french).contains(Vocabulary.conceptTerm("ruin"), Vocabulary.conceptTerm("village"));
    assertThat(english).contains(Vocabulary.conceptTerm("ruin"), Vocabulary.conceptTerm("village"));
  }

  @Test
  void theHandWrittenConceptsWinOverTheBridge() {
    // concepts.txt puts "vainqueur" with "win"; the bridge alone would map it to "winner".
    assertThat(terms("fr", "Le candidat est déclaré vainqueur.")).contains(Vocabulary.conceptTerm("win"));
  }

  @Test
  void anEnglishConceptWordEndingInSMeetsTheEnglishToken() {
    // The plural-stripping stem made the concept "crisis" the term "crisi", which no English token gets.
    // boursorama.com on the ECB's June 2024 cut (development set).
    List<String> french = terms("fr", "Longtemps dans le négatif, les taux d'intérêt avaient été portés à ce montant-là"
        + " en septembre 2023, à l'issue d'une dixième hausse consécutive depuis juillet 2022 pour lutter contre la crise"
        + " inflationniste au sortir de la pandémie de Covid.");
    List<String> english = terms("en", "The bank raised its rates to fight the inflation crisis.");
    assertThat(french).contains(Vocabulary.conceptTerm("crisis"));
    assertThat(english).contains(Vocabulary.conceptTerm("crisis"));
  }

  @Test
  void aCommuniqueIsNotATown() {
    List<String> communique = terms("fr", "Le communiqué conjoint précise les mesures.");
    List<String> town = terms("fr", "La commune rurale a été touchée.");
    assertThat(communique).doesNotContainAnyElementsOf(town);
  }

  private static List<String> terms(String language, String text) {
    ParsedArticle article = TestStories.parsedArticle("outlet", language, text);
    Vocabulary vocabulary = Vocabulary.of(article.language());
    return article.sentences().stream().flatMap(s -> vocabulary.terms(s.tokens()).stream())
        .map(Map.Entry::getValue).toList();
  }
}
