package dev.parallax.text;

import java.util.List;

/** A story after the language layer: the analyzers' only input. */
public record ParsedStory(String name, List<ParsedArticle> articles) {

  public ParsedStory {
    articles = List.copyOf(articles);
  }

  public List<String> outlets() {
    return articles.stream().map(ParsedArticle::outlet).toList();
  }

  public List<Sentence> sentences() {
    return articles.stream().flatMap(a -> a.sentences().stream()).toList();
  }
}
