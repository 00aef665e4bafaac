package dev.parallax.text;

import dev.parallax.corpus.Article;
import java.util.List;

/** An article after the language layer: its language (and whether it was detected) and its sentences. */
public record ParsedArticle(Article article, Language language, boolean languageDetected, List<Sentence> sentences) {

  public ParsedArticle {
    sentences = List.copyOf(sentences);
  }

  public String outlet() {
    return article.outlet();
  }

  public int wordCount() {
    return sentences.stream().mapToInt(Sentence::wordCount).sum();
  }

  public int quotedWordCount() {
    return sentences.stream().mapToInt(Sentence::quotedWordCount).sum();
  }
}
