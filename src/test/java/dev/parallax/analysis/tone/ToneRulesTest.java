package dev.parallax.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.corpus.ArticleReader;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tone rules on real sentences of the seed story (and one constructed sentence where the seeds lack one). */
class ToneRulesTest {
  private static final ToneAnalyzer ANALYZER = new ToneAnalyzer();
  private static Map<String, List<ToneWord>> wordsBySentence;

  @BeforeAll
  static void parse() {
    ParsedStory story = new LanguageLayer().parse(
        new CorpusReader(note -> { }).readStory(Path.of("corpus/aes-russia-moscow-2025-04")));
    wordsBySentence = story.articles().stream().flatMap(a -> ANALYZER.analyze(a).words().stream())
        .collect(Collectors.groupingBy(w -> w.sentence().id()));
  }

  private static Map<String, ToneWord> words(String sentenceId) {
    return wordsBySentence.getOrDefault(sentenceId, List.of()).stream()
        .collect(Collectors.toMap(ToneWord::word, Function.identity(), (a, b) -> a));
  }

  private static String span(ToneWord word) {
    Sentence sentence = word.sentence();
    return sentence.slice(sentence.tokens().get(word.from()).start(), sentence.tokens().get(word.to() - 1).end());
  }

  @Test
  void intensifierScalesTheWordItPrecedes() {
    // must not fire: "majeurs et performants" has no degree word
    ToneWord majeurs = words("maliweb.net#1").get("majeurs");
    assertThat(majeurs.factor()).isEqualTo(1.0);
    assertThat(majeurs.modifiers()).isEmpty();
    // must fire: « un engagement très fort de la Russie »
    ToneWord fort = words("Ovajabmedia.com#4").get("fort");
    assertThat(span(fort)).isEqualTo("fort");
    assertThat(fort.modifiers()).containsExactly("très");
    assertThat(fort.score()).isEqualTo(1.5);
  }

  @Test
  void fermementIntensifiesCondamneAndIsNoToneWordItself() {
    Map<String, ToneWord> words = words("maliweb.net#8");
    assertThat(words).doesNotContainKey("fermement");
    ToneWord condamne = words.get("condamné");
    assertThat(condamne.modifiers()).containsExactly("fermement");
    assertThat(condamne.negated()).isFalse();
    assertThat(condamne.score()).isEqualTo(-3.0);
  }

  @Test
  void negationReversesAndWeakensTheFirstEvaluativeWordAfterIt(@TempDir Path dir) throws IOException {
    // must not fire: "non seulement" in a seed sentence is no negation
    assertThat(words("Ovajabmedia.com#13").values()).noneMatch(ToneWord::negated);
    // must fire. The seeds have no negated evaluation, so this is a constructed, realistic news sentence.
    Path file = dir.resolve("exemple.txt");
    Files.writeString(file, "---\noutlet: exemple\nlanguage: fr\n---\n"
        + "Les autorités de transition n'ont pas condamné l'attaque contre le convoi, selon un communiqué.\n",
        StandardCharsets.UTF_8);
    ParsedArticle article = new LanguageLayer().parse(new ArticleReader().read(file));
    List<ToneWord> found = ANALYZER.analyze(article).words();
    ToneWord condamne = found.stream().filter(w -> w.word().equals("condamné")).findFirst().orElseThrow();
    assertThat(condamne.negated()).isTrue();
    assertThat(condamne.modifiers()).containsExactly("pas");
    assertThat(condamne.polarity()).isEqualTo("pos");
    assertThat(condamne.score()).isEqualTo(1.0);
    ToneWord attaque = found.stream().filter(w -> w.word().equals("attaque")).findFirst().orElseThrow();
    assertThat(attaque.negated()).as("the negation is used up by condamné").isFalse();
  }

  @Test
  void wordsInsideQuotesAreTheSourcesVoice() {
    Map<String, ToneWord> words = words("maliweb.net#8");
    // must not fire: "fustigent-elles" is the outlet's reporting verb, outside the quote
    assertThat(words.get("fustigent").voice()).isEqualTo(Voice.OUTLET);
    // must fire: « ... la collusion coupable de l'Ukraine ... »
    assertThat(words.get("collusion").voice()).isEqualTo(Voice.QUOTED);
    assertThat(words("maliweb.net#5").get("indéfectible").voice()).isEqualTo(Voice.QUOTED);
  }

  @Test
  void evaluationGoesToTheActorItQualifies() {
    // must not fire: "Ce climat de confiance ..." is far from the only actor, "les groupes terroristes"
    assertThat(words("Ovajabmedia.com#9").get("confiance").target()).isEmpty();
    // must fire: "ont félicité la Russie pour sa précieuse contribution"
    Map<String, ToneWord> congratulations = words("maliweb.net#10");
    assertThat(congratulations.get("félicité").target()).isEqualTo("Russia");
    assertThat(congratulations.get("précieuse").target()).isEqualTo("Russia");
    // "saluer le leadership et les efforts importants de la Confédération AES": the verb's object
    assertThat(words("maliweb.net#9").get("saluer").target()).isEqualTo("AES");
    Map<String, ToneWord> condemnation = words("maliweb.net#8");
    assertThat(condemnation.get("coupable").target()).isEqualTo("Ukraine");
    assertThat(span(condemnation.get("sponsors du terrorisme"))).isEqualTo("sponsors du terrorisme");
    assertThat(condemnation.get("sponsors du terrorisme").target()).isEqualTo("Ukraine");
    assertThat(condemnation.get("terroristes").target()).isEqualTo("terrorism");
  }

  @Test
  void aVoiceWithNoEvaluativeWordHasNoToneRatherThanANeutralOne() {
    // boursorama.com (ECB rate cut, development set): no quotation, so no quoted voice to score.
    ParsedStory story = dev.parallax.TestStories.french("Comme attendu, la Banque centrale européenne (BCE) a baissé "
        + "ses taux directeurs d'un quart de point ce jeudi 6 juin, à l'issue de sa réunion de politique monétaire.");
    assertThat(ANALYZER.analyze(story).figures()).extracting(dev.parallax.analysis.Figure::name)
        .doesNotContain("Tone (quoted voices)");
  }

  @Test
  void aCountrysNameIsNoToneWordThoughItsLemmaIsOne() {
    // lesiteinfo.com (Morocco earthquake, development set): "France" was scored as "franc" (frank), +1 towards France.
    ParsedArticle article = dev.parallax.TestStories.parsedArticle("lesiteinfo", "fr", "Le président français, "
        + "Emmanuel Macron, s’est dit « bouleversé » et a proposé l’aide de la France.");
    assertThat(ANALYZER.analyze(article).words()).extracting(ToneWord::word).doesNotContain("France");
    // must fire: the adjective stays a tone word (seed story, Ovajabmedia.com#8: « très francs et très ouverts »)
    assertThat(wordsBySentence.values().stream().flatMap(List::stream).map(ToneWord::word)).contains("francs");
  }
}
