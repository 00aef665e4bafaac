package dev.parallax.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.actors.StoryActors;
import dev.parallax.text.Language;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which actor an adjective or an adverb qualifies, on sentences of the dev-set articles (one sentence each) and of
 * the seed story; the issue's own phrases ("combattre efficacement le trafic", "a 3,000-strong contingent") where
 * no article of the corpora has the construction.
 */
class HeadRuleTest {
  private static final ToneAnalyzer ANALYZER = new ToneAnalyzer();

  /** The tone words of a story of one-paragraph articles, by word, with the story's actors. */
  private static Map<String, ToneWord> words(ParsedArticle... articles) {
    ParsedStory story = new ParsedStory("test", List.of(articles));
    StoryActors actors = StoryActors.of(story);
    return story.articles().stream().flatMap(a -> ANALYZER.analyze(a, actors).words().stream())
        .collect(Collectors.toMap(ToneWord::word, Function.identity(), (a, b) -> a));
  }

  @Test
  void anAdjectiveOfACommonNounIsNoEvaluationOfTheActorNamedNearIt() {
    Map<String, ToneWord> axios = words(
        TestStories.parsedArticle("axios", "en", "U.S. inflation looks stubbornly stuck above the Fed's 2% target, "
            + "despite an otherwise healthy economy."),
        TestStories.parsedArticle("axios2", "en", "The big exception is the Fed, which has pushed back "
            + "expectations of a rate cut."));
    // must not fire: the economy is healthy, not the Fed (the window gave the Fed)
    assertThat(axios.get("healthy").target()).isEmpty();
    Map<String, ToneWord> euronews = words(
        TestStories.parsedArticle("euronews", "fr", "Le Maroc a décrété samedi un deuil national de trois jours à la "
            + "suite du violent séisme qui a fait plus de 1 000 morts dans le pays."),
        TestStories.parsedArticle("lesiteinfo", "fr", "« Nous sommes tous bouleversés après le terrible séisme au "
            + "Maroc."));
    // must not fire: the earthquake is violent; "au Maroc" is its place, not a complement that names an actor
    assertThat(euronews.get("violent").target()).isEmpty();
    assertThat(euronews.get("terrible").target()).isEmpty();
    Map<String, ToneWord> huffpost = words(
        TestStories.parsedArticle("huffingtonpost", "fr", "Le Maroc a décrété samedi un deuil national de trois "
            + "jours, alors que ce séisme est le plus meurtrier au Maroc depuis celui qui avait détruit Agadir."),
        TestStories.parsedArticle("upday", "fr", "Le Maroc pleure ses morts dimanche après un violent séisme."));
    // must not fire: a superlative after "est" qualifies the quake, its subject (the tagger reads "meurtrier" as a
    // verb, whose object would have been "au Maroc")
    assertThat(huffpost.get("meurtrier").target()).isEmpty();
  }

  @Test
  void anAdjectiveReachesTheActorInItsPhraseItsComplementOrItsPossessor() {
    Map<String, ToneWord> allafrica = words(
        TestStories.parsedArticle("allafrica", "fr", "« J'adresse mes condoléances attristées à sa majesté le roi "
            + "Mohamed VI et au peuple marocain ami et frère suite au tremblement de terre qui a endeuillé le Maroc."),
        TestStories.parsedArticle("upday", "fr", "Le Maroc pleure ses morts dimanche après un violent séisme."));
    // must fire: the people is Moroccan, so "ami" is of Morocco
    assertThat(allafrica.get("ami").target()).isEqualTo("Morocco");
    ParsedArticle maliweb = TestStories.seeds().articles().stream()
        .filter(a -> a.outlet().equals(TestStories.MALIWEB)).findFirst().orElseThrow();
    Map<String, ToneWord> seed = ANALYZER.analyze(maliweb, StoryActors.of(TestStories.seeds())).words().stream()
        .collect(Collectors.toMap(w -> w.sentence().id() + " " + w.word(), Function.identity(), (a, b) -> a));
    // "les efforts importants de la Confédération AES": the complement
    assertThat(seed.get("maliweb.net#9 importants").target()).isEqualTo("AES");
    // "la collusion coupable de l'Ukraine": the complement
    assertThat(seed.get("maliweb.net#8 coupable").target()).isEqualTo("Ukraine");
    // "ont félicité la Russie pour sa précieuse contribution": the possessor
    assertThat(seed.get("maliweb.net#10 précieuse").target()).isEqualTo("Russia");
    // must not fire: "des équipements militaires majeurs et performants" are equipment, not the AES
    assertThat(seed.get("maliweb.net#1 performants").target()).isEmpty();
  }

  @Test
  void anAdverbBesideAVerbQualifiesItsSubjectNeverItsObject() {
    ParsedArticle ovajab = TestStories.seeds().articles().stream()
        .filter(a -> a.outlet().equals(TestStories.OVAJAB)).findFirst().orElseThrow();
    Map<String, ToneWord> seed = ANALYZER.analyze(ovajab, StoryActors.of(TestStories.seeds())).words().stream()
        .collect(Collectors.toMap(w -> w.sentence().id() + " " + w.word(), Function.identity(), (a, b) -> a));
    // must fire: "la volonté de Moscou de contribuer activement à la stabilité de la région"
    assertThat(seed.get("Ovajabmedia.com#5 activement").target()).isEqualTo("Russia");
    // must not fire: the fight is effective, the trafficking (an actor of an analyst's list here) is not praised
    Sentence sentence = TestStories.parsedArticle("issue", "fr", "Les États membres veulent combattre efficacement "
        + "le trafic.").sentences().get(0);
    List<ToneWord> found = new ToneFinder(ToneLexicon.of(Language.forCode("fr"))).find(sentence);
    int trafic = indexOf(sentence, "trafic");
    List<ActorMention> mentions = List.of(new ActorMention(sentence, "trafficking", "trafic", trafic, trafic + 1,
        false));
    List<ToneWord> targeted = TargetRule.assign(found, mentions, HeadRule.of(Language.forCode("fr")));
    assertThat(targeted).extracting(ToneWord::word).contains("efficacement");
    assertThat(targeted).filteredOn(w -> w.word().equals("efficacement")).extracting(ToneWord::target)
        .containsExactly("");
  }

  @Test
  void anAdjectiveHyphenedToANumberIsASize() {
    Sentence sentence = TestStories.parsedArticle("issue", "en", "Russia sent a 3,000-strong contingent.")
        .sentences().get(0);
    List<ToneWord> found = new ToneFinder(ToneLexicon.of(Language.forCode("en"))).find(sentence);
    List<ActorMention> mentions = List.of(new ActorMention(sentence, "Russia", "Russia", 0, 1, false));
    List<ToneWord> targeted = TargetRule.assign(found, mentions, HeadRule.of(Language.forCode("en")));
    assertThat(targeted).extracting(ToneWord::word).contains("strong");
    assertThat(targeted).filteredOn(w -> w.word().equals("strong")).extracting(ToneWord::target).containsExactly("");
  }

  private static int indexOf(Sentence sentence, String word) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (sentence.tokens().get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + sentence.text());
  }
}
