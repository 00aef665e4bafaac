package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** Greedy decoding against OpenNLP's beam of three, on the seed story's real sentences and an English report. */
class GreedyPosTaggerTest {

  @Test
  void bothLanguageModelsGiveUniversalDependenciesTags() {
    assertThat(GreedyPosTagger.supports(Language.forCode("fr").posModel().orElseThrow())).isTrue();
    assertThat(GreedyPosTagger.supports(Language.forCode("en").posModel().orElseThrow())).isTrue();
  }

  @Test
  void onTheSeedStoryGreedyTagsAgreeWithTheBeamOnAlmostEveryToken() {
    POSModel model = Language.forCode("fr").posModel().orElseThrow();
    GreedyPosTagger greedy = new GreedyPosTagger(model);
    POSTaggerME beam = new POSTaggerME(model);
    int tokens = 0;
    int differ = 0;
    for (ParsedArticle article : TestStories.seeds().articles()) {
      for (Sentence sentence : article.sentences()) {
        String[] words = sentence.tokens().stream().map(t -> t.text().replace('’', '\'')).toArray(String[]::new);
        String[] a = greedy.tag(words);
        String[] b = beam.tag(words);
        tokens += words.length;
        for (int i = 0; i < words.length; i++) {
          differ += a[i].equals(b[i]) ? 0 : 1;
        }
      }
    }
    assertThat(tokens).isGreaterThan(800);
    assertThat((double) differ / tokens).isLessThan(0.01);
  }

  @Test
  void anEnglishReportIsTaggedAsTheBeamTagsIt() {
    POSModel model = Language.forCode("en").posModel().orElseThrow();
    // BBC, Morocco earthquake, 9 September 2023 (dev set).
    List<String> words = List.of("More", "than", "2,000", "people", "have", "been", "killed", "after", "a",
        "powerful", "earthquake", "struck", "Morocco", "late", "on", "Friday", ",", "officials", "say", ".");
    String[] greedy = new GreedyPosTagger(model).tag(words.toArray(String[]::new));
    assertThat(greedy).containsExactly(new POSTaggerME(model).tag(words.toArray(String[]::new)));
    assertThat(greedy[words.indexOf("struck")]).isEqualTo("VERB");
    assertThat(greedy[words.indexOf("Morocco")]).isEqualTo("PROPN");
  }
}
