package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/** The articles of one story folder, at least two outlets, in file-name order. */
public record Story(String name, Path folder, List<Article> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
