package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.text.ParsedStory;
import org.junit.jupiter.api.Test;

/**
 * The reuse comparison of an article with itself, on a paragraph repeated through the article: the author's words
 * and the quote they repeat are found, and the number of places compared grows with the article's length, not with
 * its square (a 5 MB article of repeated paragraphs took a minute).
 */
class ReuseFinderTest {
  private static final String PARAGRAPH = "Le ministre a déclaré que la coopération militaire entre les deux pays "
      + "sera renforcée dès cette année. « La coopération militaire entre les deux pays sera renforcée dès cette "
      + "année », a-t-il dit devant la presse.";

  @Test
  void anArticleReusingTheQuoteItRepeatsIsFoundInEveryParagraph() {
    ReuseFinder.Result result = find(3);
    assertThat(result.passages()).isNotEmpty()
        .allMatch(passage -> passage.passage().contains("coopération militaire entre les deux pays"));
    assertThat(result.passages()).extracting(SharedPassage::sentenceId).contains("test#1", "test#3", "test#5");
  }

  @Test
  void placesComparedGrowWithTheLengthOfARepetitiveArticle() {
    long single = find(200).placesCompared();
    long twice = find(400).placesCompared();
    assertThat(single).isPositive();
    assertThat((double) twice / single).as("places compared at twice the length, %d then %d", single, twice)
        .isLessThan(2.2);
  }

  private static ReuseFinder.Result find(int repeats) {
    ParsedStory story = TestStories.french(String.join("\n\n", java.util.Collections.nCopies(repeats, PARAGRAPH)));
    return new ReuseFinder(FactsAnalyzer.REUSE_MIN_WORDS).find(story.articles());
  }
}
