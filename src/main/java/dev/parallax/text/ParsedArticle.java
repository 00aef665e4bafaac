package dev.parallax.text;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticlePart;
import java.util.List;
import java.util.Optional;

/**
 * An article after the language layer: its language (and whether it was detected) and its sentences.
 *
 * @param languageNote why the detected language is not the detector's first guess, when it is not
 */
public record ParsedArticle(Article article, Language language, boolean languageDetected,
                            Optional<String> languageNote, List<Sentence> sentences) {

  public ParsedArticle {
    sentences = List.copyOf(sentences);
  }

  public ParsedArticle(Article article, Language language, boolean languageDetected, List<Sentence> sentences) {
    this(article, language, languageDetected, Optional.empty(), sentences);
  }

  public String outlet() {
    return article.outlet();
  }

  /** The news agencies the article credits as its source (wire copy), empty for its own reporting. */
  public List<String> wires() {
    return article.wires();
  }

  /** The article's files with their sentences: one, or an outlet's several files in a story (see ArticlePart). */
  public List<ArticlePart> files() {
    return article.files();
  }

  public List<Sentence> sentencesOf(ArticlePart part) {
    return sentences.stream().filter(s -> s.start() >= part.start() && s.start() < part.end()).toList();
  }

  /** The publication date of the file that holds the sentence, for reading its relative dates ("hier"). */
  public Optional<java.time.LocalDate> date(Sentence sentence) {
    return article.partAt(sentence.start()).article().metadata().date();
  }

  public int wordCount() {
    int words = 0;
    for (Sentence sentence : sentences) {
      words += sentence.wordCount();
    }
    return words;
  }

  public int quotedWordCount() {
    int words = 0;
    for (Sentence sentence : sentences) {
      words += sentence.quotedWordCount();
    }
    return words;
  }
}
