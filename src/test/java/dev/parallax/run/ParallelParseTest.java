package dev.parallax.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.corpus.Article;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language layer gives the same sentences and tokens on many threads as on one. */
class ParallelParseTest {

  @Test
  void parallelParseEqualsSequentialParse() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      articles.addAll(TestStories.seedStory().articles());
    }
    LanguageLayer layer = new LanguageLayer();
    List<ParsedArticle> sequential = articles.stream().map(layer::parse).toList();
    List<ParsedArticle> parallel;
    try (Workers workers = new Workers(2)) {
      parallel = workers.map(articles, new LanguageLayer()::parse);
    }
    assertThat(parallel).hasSize(40);
    for (int i = 0; i < articles.size(); i++) {
      assertThat(parallel.get(i).sentences()).as("article %d", i).isEqualTo(sequential.get(i).sentences());
      assertThat(parallel.get(i).language()).isEqualTo(sequential.get(i).language());
    }
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.get(0).sentences()).isNotEmpty();
  }

  @Test
  void pipelineParseKeepsArticleOrder() {
    try (Workers workers = new Workers(2)) {
      StoryPipeline pipeline = new StoryPipeline(new LanguageLayer(), workers,
          new StoryPipeline.Settings("corpus", "test", java.time.ZonedDateTime.now(), false, 1,
          dev.parallax.analysis.facts.FactsAnalyzer.DEFAULT_THRESHOLD));
      assertThat(pipeline.parse(TestStories.seedStory()).outlets()).containsExactly(TestStories.MALIWEB, TestStories.OVAJAB);
    }
  }
}
