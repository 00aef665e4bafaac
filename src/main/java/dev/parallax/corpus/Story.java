package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * The articles of one story folder, one per outlet (an outlet's several files joined), at least two outlets, in
 * file-name order; the analyst's corrections of the facts alignment ({@code alignment.tsv}, if the folder has one);
 * and the analyst's profiles of the outlets ({@code outlets.tsv} or {@code --outlets}, else none).
 */
public record Story(String name, Path folder, List<Article> articles, List<AlignmentHint> alignment,
                    OutletDirectory directory) {
  public Story {
    articles = List.copyOf(articles);
    alignment = List.copyOf(alignment);
  }

  public Story(String name, Path folder, List<Article> articles, List<AlignmentHint> alignment) {
    this(name, folder, articles, alignment, OutletDirectory.none());
  }

  public Story(String name, Path folder, List<Article> articles) {
    this(name, folder, articles, List.of());
  }

  public List<String> outlets() {
    return articles.stream().map(Article::outlet).toList();
  }

  public Story withDirectory(OutletDirectory profiles) {
    return new Story(name, folder, articles, alignment, profiles);
  }
}
