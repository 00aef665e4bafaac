package dev.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Paragraph;
import dev.parallax.corpus.Story;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaledCorpusTest {
  @TempDir
  Path dir;

  @Test
  void copiesTheSeedsUnderVariedOutletAndStoryNames() {
    List<Article> seeds = TestStories.seedStory().articles();
    ScaledCorpus corpus = ScaledCorpus.build(seeds, 8, 3, dir);
    assertThat(corpus.stories()).isEqualTo(3);
    assertThat(corpus.articles()).isEqualTo(8);
    List<Story> stories = new CorpusReader(note -> { }).read(dir);
    assertThat(stories).extracting(Story::name).containsExactly("story-0001", "story-0002", "story-0003");
    assertThat(stories.get(0).articles()).extracting(Article::outlet)
        .containsExactly("outlet-01", "outlet-02", "outlet-03");
    Article copy = stories.get(0).articles().get(1);
    Article seed = seeds.get(1);
    assertThat(copy.paragraphs()).extracting(Paragraph::text).isEqualTo(seed.paragraphs().stream()
        .map(p -> p.text().replace(seed.outlet(), "outlet-02")).toList());
    assertThat(corpus.describe(seeds)).contains("8 articles in 3 stories", "copies of the 2 seed articles",
        "outlet and story names varied");
  }

  @Test
  void noStoryIsLeftWithASingleArticle() {
    assertThat(ScaledCorpus.storySizes(7, 3)).containsExactly(3, 4);
    assertThat(ScaledCorpus.storySizes(8, 3)).containsExactly(3, 3, 2);
    assertThat(ScaledCorpus.storySizes(5000, 10)).hasSize(500).allMatch(size -> size == 10);
    ScaledCorpus corpus = ScaledCorpus.build(TestStories.seedStory().articles(), 7, 3, dir);
    assertThat(new CorpusReader(note -> { }).read(dir)).hasSize(corpus.stories());
  }
}
