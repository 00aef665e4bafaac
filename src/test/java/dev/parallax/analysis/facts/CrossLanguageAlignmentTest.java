package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * French and English sentences of one event (the dev set's Morocco earthquake of September 2023: allafrica and
 * euronews in French, kiss100 and the Gleaner in English; the French toll sentence is euronews's figures in a
 * shortened frame) that must join across languages through shared numbers, country names and the bridge, and
 * sentences of the same articles that must stay apart.
 */
class CrossLanguageAlignmentTest {
  private static final String FR_MAGNITUDE = "Plusieurs villes du Maroc ont été secouées dans la nuit de vendredi à "
      + "samedi par un puissant séisme de magnitude 6,8 degrés sur l'échelle de Richter.";
  private static final String FR_TOLL = "Le séisme a fait 1 037 morts et 1 204 blessés, selon le ministère de "
      + "l'Intérieur.";
  private static final String EN_MAGNITUDE = "The magnitude 6.8 quake hit Marrakesh and many towns on Friday night.";
  private static final String EN_TOLL = "At least 1,037 people died, mostly in Marrakech and five provinces near the "
      + "quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday "
      + "morning.";

  @Test
  void aFrenchSentenceJoinsItsEnglishTwinAndNotTheOtherFact() {
    ParsedStory story = story(article("fr-outlet", "fr", FR_MAGNITUDE + "\n\n" + FR_TOLL),
        article("en-outlet", "en", EN_MAGNITUDE + "\n\n" + EN_TOLL));
    List<Claim> claims = FactsAnalyzer.claims(story);
    List<FactCluster> facts = new FactAligner(FactsAnalyzer.DEFAULT_THRESHOLD)
        .align(claims, FactsAnalyzer.vectors(story, claims));

    assertThat(factOf(facts, FR_MAGNITUDE)).isSameAs(factOf(facts, EN_MAGNITUDE));
    assertThat(factOf(facts, FR_TOLL)).isSameAs(factOf(facts, EN_TOLL));
    assertThat(factOf(facts, FR_MAGNITUDE)).isNotSameAs(factOf(facts, EN_TOLL));
  }

  @Test
  void sharedNumbersAndCountryCarryTheDeathToll() {
    ParsedStory story = story(article("fr-outlet", "fr", FR_TOLL), article("en-outlet", "en", EN_TOLL));
    List<Claim> claims = FactsAnalyzer.claims(story);
    TermVectors vectors = FactsAnalyzer.vectors(story, claims);
    assertThat(vectors.vector(claims.get(0)).keySet()).contains("num:1037", "num:1204");
    assertThat(vectors.vector(claims.get(1)).keySet()).contains("num:1037", "num:1204");
  }

  @Test
  void numbersAreOneValueWhateverTheLanguageWritesThem() {
    assertThat(Numbers.canonical("1.037")).contains("1037");
    assertThat(Numbers.canonical("1,037")).contains("1037");
    assertThat(Numbers.canonical("54,28")).contains("54.28");
    assertThat(Numbers.canonical("54.28")).contains("54.28");
    assertThat(Numbers.canonical("6,8")).contains("6.8");
    assertThat(Numbers.canonical("0.125")).contains("0.125");
    assertThat(Numbers.canonical("vendredi")).isEmpty();
  }

  @Test
  void countriesAndMonthsAreOneTermInBothLanguages() {
    ParsedStory story = story(article("fr-outlet", "fr", "Le Maroc a voté le 3 avril."),
        article("en-outlet", "en", "Morocco voted on April 3."));
    List<Claim> claims = FactsAnalyzer.claims(story);
    TermVectors vectors = FactsAnalyzer.vectors(story, claims);
    assertThat(vectors.vector(claims.get(0)).keySet()).contains("country:MA", "month:4", "num:3");
    assertThat(vectors.vector(claims.get(1)).keySet()).contains("country:MA", "month:4", "num:3");
  }

  private static FactCluster factOf(List<FactCluster> facts, String sentence) {
    return facts.stream().filter(f -> f.claims().stream().anyMatch(c -> c.text().strip().equals(sentence)))
        .findFirst().orElseThrow();
  }

  private static ParsedStory story(ParsedArticle... articles) {
    return new ParsedStory("test", List.of(articles));
  }

  private static ParsedArticle article(String outlet, String language, String text) {
    return TestStories.parsedArticle(outlet, language, text);
  }
}
