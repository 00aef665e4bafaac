package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * The articles of one story folder, at least two outlets, in file-name order, and the analyst's corrections of the
 * facts alignment ({@code alignment.tsv}, if the folder has one).
 */
public record Story(String name, Path folder, List<Article> articles, List<AlignmentHint> alignment) {
  public Story {
    articles = List.copyOf(articles);
    alignment = List.copyOf(alignment);
  }

  public Story(String name, Path folder, List<Article> articles) {
    this(name, folder, articles, List.of());
  }
}
