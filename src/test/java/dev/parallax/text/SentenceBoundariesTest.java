package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.eval.GoldFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on both seeds against the hand-checked gold file sentences.tsv. */
class SentenceBoundariesTest {

  @Test
  void everySentenceMatchesTheGoldInOrder() {
    GoldFile gold = GoldFile.read(TestStories.SEED_GOLD.resolve("sentences.tsv"), List.of("outlet", "n", "text"));
    for (ParsedArticle article : TestStories.seeds().articles()) {
      List<String> expected = gold.rows().stream().filter(r -> r.get("outlet").equals(article.outlet()))
          .map(r -> r.get("text")).toList();
      List<String> actual = article.sentences().stream().map(Sentence::text).toList();
      assertThat(expected).as("gold sentences for " + article.outlet()).isNotEmpty();
      assertThat(actual).as(article.outlet()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sentenceIdsAreOutletAndNumber() {
    ParsedArticle first = TestStories.seeds().articles().get(0);
    assertThat(first.sentences()).extracting(Sentence::id)
        .startsWith(first.outlet() + "#1", first.outlet() + "#2");
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    for (ParsedArticle article : TestStories.seeds().articles()) {
      for (Sentence sentence : article.sentences()) {
        assertThat(article.article().originalText().substring(sentence.start(), sentence.end()))
            .isEqualTo(sentence.text());
      }
    }
  }

  @Test
  void aLineOfOnlyPunctuationIsNotASentence() {
    var story = dev.parallax.TestStories.french(
        "La Russie a réaffirmé son soutien à l’AES.\n\n***\n\nLe ministre l’a confirmé. …");
    assertThat(story.sentences()).extracting(Sentence::text)
        .containsExactly("La Russie a réaffirmé son soutien à l’AES.", "Le ministre l’a confirmé. …");
  }

  @Test
  void aDottedInitialismEndsASentenceOnlyBeforeAWordThatOpensOne() {
    // axios.com and binance.com (ECB rate cut, development set): "the U.S. Federal Reserve" is one name.
    List<String> axios = TestStories.english("The European Central Bank on Thursday lowered interest rates for the "
        + "first time in nearly five years, taking the rare step of front-running the U.S. Federal Reserve.")
        .sentences().stream().map(Sentence::text).toList();
    assertThat(axios).hasSize(1);
    List<String> binance = TestStories.english("The ECB’s decision to cut rates comes ahead of the U.S. Federal "
        + "Reserve, which has been slower to lower rates due to persistent inflation in the United States.")
        .sentences().stream().map(Sentence::text).toList();
    assertThat(binance).hasSize(1);
    // A sentence that ends with the initialism, then one that opens with "The": two sentences.
    assertThat(TestStories.english("Rates were cut in Europe before the U.S. The Fed has been slower to act.")
        .sentences()).hasSize(2);
  }
}
