package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.actors.StoryActors;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which details of one fact two outlets can disagree on: numbers of one unit, places of one kind that neither
 * article names otherwise. Sentences are short quotes of the dev-set articles (one sentence each).
 */
class ConflictDetailsTest {

  /** Each outlet's article is one sentence; the fact is every claim of both. */
  private static List<Conflict> conflicts(String languageA, String textA, String languageB, String textB) {
    ParsedArticle a = TestStories.parsedArticle("a", languageA, textA);
    ParsedArticle b = TestStories.parsedArticle("b", languageB, textB);
    ParsedStory story = new ParsedStory("test", List.of(a, b));
    StoryActors actors = StoryActors.of(story);
    Map<String, List<Detail>> byOutlet = new LinkedHashMap<>();
    Map<String, ArticleNames> names = new LinkedHashMap<>();
    for (ParsedArticle article : List.of(a, b)) {
      DetailFinder finder = new DetailFinder(article.language(), actors);
      byOutlet.put(article.outlet(), new ClaimSplitter().claims(article).stream()
          .flatMap(c -> finder.details(c, Optional.empty()).stream()).toList());
      names.put(article.outlet(), new ArticleNames(article));
    }
    return new ConflictFinder().acrossOutlets(new ConflictFinder.FactDetails("F01", byOutlet, names));
  }

  @Test
  void numbersWrittenWithSpacesPointsOrCommasAreOneValue() {
    // must not fire: "2 012 morts" and "2.012 morts" are one toll (a baseline false conflict: "2", "012")
    assertThat(conflicts("fr", "Le dernier bilan fait état de 2 012 morts et 2 059 blessés.",
        "fr", "Le dernier bilan fait état de 2.012 morts et 2.059 blessés.")).isEmpty();
  }

  @Test
  void numbersOfOneUnitThatShareNoValueConflict() {
    List<Conflict> found = conflicts("fr", "Le séisme a fait 2 012 morts selon le ministère.",
        "fr", "Le séisme a fait 1 037 morts selon le ministère.");
    assertThat(found).extracting(Conflict::detail).containsExactly("2 012", "1 037");
  }

  @Test
  void numbersOfDifferentUnitsOrBarePercentagesAreNotCompared() {
    // must not fire: a rate of 2,6 % in May and 2,4 % in April are two figures; a cut of 0,25 point is no rate
    assertThat(conflicts("fr", "Pour rappel, l'inflation en zone euro s'est établie à 2,6% en mai sur un an.",
        "fr", "L'inflation est repartie à la hausse, passant de 2,4 % en mars et avril.")).isEmpty();
    assertThat(conflicts("fr", "La Banque du Canada a réduit son taux de 0,25 point de pourcentage.",
        "fr", "La Banque du Canada a réduit son taux à 4,75 %.")).isEmpty();
  }

  @Test
  void aPercentageAfterAnActorIsThatActorsShareInEitherLanguage() {
    String africanews = "Trailing further behind are Aliou Mamadou Dia with 2.8%, Khalifa Sall with 1.56%, and "
        + "Idrissa Seck with 0.9%.";
    // must fire: Seck's share, 0.9 % against 1,6 %; Khalifa Sall's 1.56 % is another candidate's, not compared
    List<Conflict> found = conflicts("en", africanews, "fr",
        "L’ancien Premier ministre et ancien maire de Thiès Idrissa Seck suit avec 1,6 % des suffrages.");
    assertThat(found).extracting(Conflict::detail).containsExactly("0.9", "1,6");
    assertThat(found.get(0).note()).contains("share of Idrissa Seck");
    // must not fire: the same three shares in French
    assertThat(conflicts("en", africanews, "fr", "Khalifa Sall obtient 1,56% et Idrissa Seck, 0,9%.")).isEmpty();
  }

  @Test
  void roundingIsNoConflict() {
    assertThat(ConflictFinder.sameNumber("1.56", "1.6")).isTrue();
    assertThat(ConflictFinder.sameNumber("61.3", "61.30")).isTrue();
    assertThat(ConflictFinder.sameNumber("2.8", "3.13")).isFalse();
  }

  @Test
  void aPlaceTheOtherArticleAlsoNamesIsADetailNotAnotherPlace() {
    // must not fire: the square is in the city the other outlet names, and this article says so
    assertThat(conflicts("en", "A mosque minaret had fallen in Jemaa al-Fna Square, the heart of Marrakech's old city.",
        "en", "There are far fewer deaths in Marrakesh, though the old city has suffered considerable damage.")).isEmpty();
    // must fire: two towns, neither article naming the other's
    assertThat(conflicts("fr", "Les consultations se sont tenues à Moscou.",
        "fr", "Les consultations se sont tenues à Bamako.")).extracting(Conflict::detail)
        .containsExactly("Moscou", "Bamako");
  }

  @Test
  void aCountryIsNeverSetAgainstATown() {
    assertThat(conflicts("fr", "Les consultations se sont tenues en Russie.",
        "fr", "Les consultations se sont tenues à Moscou.")).isEmpty();
  }

  @Test
  void spellingsOneLetterApartAreOneName() {
    assertThat(ArticleNames.oneLetterApart("marrakech", "marrakesh")).isTrue();
    assertThat(ArticleNames.oneLetterApart("moscou", "bamako")).isFalse();
  }
}
