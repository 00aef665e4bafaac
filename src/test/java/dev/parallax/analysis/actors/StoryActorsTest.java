package dev.parallax.analysis.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Story actors found in the texts, on short quotes of the dev-set articles (one sentence each) and the seeds. */
class StoryActorsTest {

  private static ParsedStory story(ParsedArticle... articles) {
    return new ParsedStory("test", List.of(articles));
  }

  private static List<String> mentions(StoryActors actors, ParsedStory story) {
    return story.sentences().stream().flatMap(s -> actors.find(s).stream()).map(ActorSpan::actor).toList();
  }

  @Test
  void aSurnameIsThePersonItsFullNameNamesInBothLanguages() {
    ParsedStory story = story(
        TestStories.parsedArticle("fr", "fr", "Bassirou Diomaye Faye a été élu président du Sénégal.\n\n"
            + "Le président sortant Macky Sall a félicité Bassirou Diomaye Faye."),
        TestStories.parsedArticle("en", "en", "Opposition presidential candidate Bassirou Diomaye Faye is set to "
            + "become Senegal’s next president.\n\nThe Senegal Electoral Commission said Faye had won 53.68% of the "
            + "vote.\n\nSenegal's outgoing President Macky Sall also congratulated opposition candidate Faye as his "
            + "successor on Monday."));
    StoryActors actors = StoryActors.of(story);
    assertThat(actors.actors()).contains("Bassirou Diomaye Faye", "Macky Sall", "Senegal")
        .doesNotContain("Faye", "President Macky Sall");
    // "said Faye had won" and "candidate Faye as" are tagged as no proper noun: the surname is still the person
    assertThat(mentions(actors, story)).filteredOn(a -> a.equals("Bassirou Diomaye Faye")).hasSize(5);
  }

  @Test
  void aCountryItsNameAndItsDemonymInBothLanguagesAreOneActor() {
    ParsedStory story = story(
        TestStories.parsedArticle("fr", "fr", "Le Maroc a décrété un deuil national de trois jours.\n\n"
            + "Les autorités marocaines ont déployé des secours."),
        TestStories.parsedArticle("en", "en", "A powerful earthquake struck Morocco late Friday.\n\n"
            + "Moroccan authorities said the toll would rise."));
    StoryActors actors = StoryActors.of(story);
    assertThat(mentions(actors, story)).containsExactly("Morocco", "Morocco", "Morocco", "Morocco");
  }

  @Test
  void anAcronymIsTheNameItAbbreviatesAndTheTwoLanguagesAcronymsAreOne() {
    ParsedStory story = story(
        TestStories.parsedArticle("fr", "fr", "La Banque centrale européenne (BCE) a abaissé ses taux.\n\n"
            + "La BCE reste prudente."),
        TestStories.parsedArticle("en", "en", "The European Central Bank (ECB) cut interest rates on Thursday.\n\n"
            + "The ECB did not commit to further cuts."));
    StoryActors actors = StoryActors.of(story);
    List<String> found = mentions(actors, story);
    // the bracketed acronym and the name it follows are two mentions of one actor
    assertThat(found).hasSize(6).containsOnly(found.get(0));
    // the adjective of the name is not the European Union of the hints
    assertThat(found).doesNotContain("European Union");
  }

  @Test
  void monthsCommonNounsWithACapitalAndPlacesAreNoActors() {
    ParsedStory story = story(
        TestStories.parsedArticle("fr", "fr", "Alliance pour la République, le parti au pouvoir, a reconnu sa défaite "
            + "à Dakar en mars.\n\nUne alliance de partis soutenait le candidat à Dakar."),
        TestStories.parsedArticle("en", "en", "The vote took place in March in Dakar.\n\n"
            + "Results came in from Dakar and Thiès."));
    List<String> actors = StoryActors.of(story).actors();
    assertThat(actors).doesNotContain("Alliance", "March", "mars", "Dakar");
  }

  @Test
  void aClippedNameIsTheLongerNameItClips() {
    // the French outlet's "(Fed)" makes "Fed" a name; the English "the Fed" is not tagged as a proper noun
    ParsedStory story = story(
        TestStories.parsedArticle("businesstrendstoday", "en", "The quarter-point reduction comes as inflation in "
            + "the eurozone cools, prompting the E.C.B. to move before the Federal Reserve in the United States, "
            + "where rates remain high."),
        TestStories.parsedArticle("binance", "en", "Federal Reserve, which has been slower to lower rates due to "
            + "persistent inflation in the United States."),
        TestStories.parsedArticle("boursorama", "fr", "D'habitude, la Réserve fédérale américaine (Fed) imprime la "
            + "cadence au niveau mondial."),
        TestStories.parsedArticle("axios", "en", "The big exception is the Fed, which has pushed back expectations "
            + "of a rate cut.\n\nU.S. inflation looks stubbornly stuck above the Fed's 2% target, despite an "
            + "otherwise healthy economy.\n\nBut there are worldwide spillovers from such decisions (e.g., currency moves) that "
            + "make them more cautious about diverging too much from other major central banks, like the Fed."));
    StoryActors actors = StoryActors.of(story);
    assertThat(actors.actors()).contains("Federal Reserve").doesNotContain("Fed", "Reserve");
    assertThat(story.sentences().stream().flatMap(s -> actors.find(s).stream())
        .filter(s -> s.alias().equals("Fed"))).extracting(ActorSpan::actor).hasSize(4).containsOnly("Federal Reserve");
  }

  @Test
  void aBodyItsTitleAndAPersonAreTwoActorsNotOne() {
    ParsedStory story = story(
        TestStories.parsedArticle("cirocc", "en", "Speaking to journalists, ECB President Christine Lagarde — who "
            + "donned a necklace in the shape of the words “In charge” — emphasized that the central bank would "
            + "continue to follow “a data-dependent and meeting-by-meeting approach.”"),
        TestStories.parsedArticle("binance", "en", "The European Central Bank (ECB) has announced its first interest "
            + "rate cut in five years, reducing rates by 25 basis points."),
        TestStories.parsedArticle("nyt", "en", "“The inflation outlook has improved markedly,” Christine Lagarde, "
            + "the president of the E.C.B., said on Thursday at a news conference in Frankfurt."));
    StoryActors actors = StoryActors.of(story);
    assertThat(actors.actors()).contains("Christine Lagarde").noneMatch(a -> a.contains("President"));
    Sentence titled = story.sentences().get(0);
    assertThat(actors.find(titled)).extracting(ActorSpan::actor).hasSize(2).contains("Christine Lagarde");
  }

  @Test
  void namesListedAfterAPrepositionAreAllPlaces() {
    ParsedStory story = story(
        TestStories.parsedArticle("maghress", "fr", "Les décès et blessés sont localisés dans les provinces d'AL "
            + "Haouz, Marrakech, Ouarzazate, Azilal, Chichaoua et Taroudannt."),
        TestStories.parsedArticle("zawya", "en", "The Interior Ministry urged calm, saying in a televised statement "
            + "that the quake had hit the provinces of Al Haouz, Ouarzazate, Marrakech, Azilal, Chichaoua and "
            + "Taroudant."));
    assertThat(StoryActors.of(story).actors()).doesNotContain("Ouarzazate", "Azilal", "Chichaoua", "Marrakech");
  }

  @Test
  void theSeedHintsNameTheirActors() {
    ParsedStory seeds = TestStories.seeds();
    StoryActors actors = StoryActors.of(seeds);
    assertThat(actors.actors()).contains("Russia", "AES", "Ukraine", "terrorism");
    Sentence moscow = seeds.sentences().stream().filter(s -> s.id().equals("maliweb.net#2")).findFirst()
        .orElseThrow();
    assertThat(Stream.of(moscow).flatMap(s -> actors.find(s).stream()).map(ActorSpan::alias))
        .contains("Moscou");
    assertThat(actors.find(moscow)).filteredOn(s -> s.alias().equals("Moscou"))
        .extracting(ActorSpan::actor).containsOnly("Russia");
  }
}
