package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers in words, digits with a scale word and ordinal days become the value digits give, in both languages. The
 * ordinals are short quotes of development-set articles; neither corpus writes a large number in words, so those
 * sentences are written for the test.
 */
class SpelledNumbersTest {

  @Test
  void aNumberInFrenchWordsIsTheValueEnglishDigitsGive() {
    assertThat(terms("fr", "Mille cinq cents maisons ont été détruites.")).contains("num:1500");
    assertThat(terms("en", "Fifteen hundred homes were destroyed.")).contains("num:1500");
    assertThat(terms("en", "1,500 homes were destroyed.")).contains("num:1500");
    assertThat(terms("fr", "Deux mille trois personnes ont voté.")).contains("num:2003");
  }

  @Test
  void hyphenatedAndJoinedFrenchNumbers() {
    assertThat(terms("fr", "Quatre-vingt-dix mille personnes ont été évacuées.")).contains("num:90000");
    assertThat(terms("fr", "Vingt et un candidats se présentaient.")).contains("num:21");
  }

  @Test
  void digitsBeforeAScaleWordMultiply() {
    assertThat(terms("fr", "Le pays compte 2,5 millions d'électeurs.")).contains("num:2500000");
    assertThat(terms("en", "The country has 2.5 million voters.")).contains("num:2500000");
  }

  @Test
  void anOrdinalDayIsItsNumber() {
    assertThat(terms("fr", "Une large victoire de l'opposant Faye au 1er tour.")).contains("num:1");
    assertThat(terms("en", "The mosque, built in the 12th century, was damaged.")).contains("num:12");
    assertThat(terms("en", "Dakar, 28th Mar, 2024.")).contains("num:28", "num:2024");
  }

  @Test
  void aLoneSmallNumberWordOrAVaguePluralStaysAWord() {
    assertThat(terms("fr", "Le roi a décrété trois jours de deuil national.")).doesNotContain("num:3");
    assertThat(terms("en", "The council is made up of twenty-six members.")).doesNotContain("num:26");
    assertThat(terms("fr", "Des millions d'électeurs ont voté.")).noneMatch(t -> t.startsWith("num:"));
  }

  private static List<String> terms(String language, String text) {
    ParsedArticle article = TestStories.parsedArticle("outlet", language, text);
    Vocabulary vocabulary = Vocabulary.of(article.language());
    return article.sentences().stream().flatMap(s -> vocabulary.terms(s.tokens()).stream())
        .map(Map.Entry::getValue).toList();
  }
}
