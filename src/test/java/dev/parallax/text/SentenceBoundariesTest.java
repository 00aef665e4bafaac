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
}
