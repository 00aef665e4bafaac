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
