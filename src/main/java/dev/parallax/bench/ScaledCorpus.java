package dev.parallax.bench;

import dev.parallax.corpus.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus made by copying seed articles: story {@code story-0001} holds {@code outlet-01.txt},
 * {@code outlet-02.txt}..., each a seed article whose outlet name is replaced by the copy's. Only the names vary;
 * the words are the seeds'. Every story has at least two articles, as a comparison needs.
 */
public record ScaledCorpus(Path folder, int stories, int articles) {

  public static ScaledCorpus build(List<Article> seeds, int articles, int outletsPerStory, Path folder) {
    if (seeds.isEmpty() || articles < 2) {
      throw new IllegalArgumentException("needs seed articles and at least 2 articles to write");
    }
    List<Integer> sizes = storySizes(articles, Math.max(2, outletsPerStory));
    int written = 0;
    for (int s = 0; s < sizes.size(); s++) {
      Path story = folder.resolve(String.format("story-%04d", s + 1));
      for (int o = 1; o <= sizes.get(s); o++) {
        Article seed = seeds.get(written % seeds.size());
        String outlet = String.format("outlet-%02d", o);
        write(story.resolve(outlet + ".txt"), seed.originalText().replace(seed.outlet(), outlet));
        written++;
      }
    }
    return new ScaledCorpus(folder, sizes.size(), written);
  }

  /** Full stories of {@code perStory} articles; a last article left alone joins the story before it. */
  static List<Integer> storySizes(int articles, int perStory) {
    List<Integer> sizes = new java.util.ArrayList<>();
    for (int left = articles; left > 0; left -= perStory) {
      sizes.add(Math.min(left, perStory));
    }
    if (sizes.size() > 1 && sizes.get(sizes.size() - 1) == 1) {
      sizes.remove(sizes.size() - 1);
      sizes.set(sizes.size() - 1, perStory + 1);
    }
    return sizes;
  }

  /** One line saying what the corpus is, for the bench's output. */
  public String describe(List<Article> seeds) {
    return articles + " articles in " + stories + " stories, copies of the " + seeds.size()
        + " seed articles (" + String.join(", ", seeds.stream().map(Article::outlet).toList())
        + ") with the outlet and story names varied: " + folder;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
