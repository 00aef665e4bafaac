package dev.parallax.analysis.attribution;

import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one article in reading order, each knowing its sentence, so that quotes and pronouns can be
 * followed across sentence boundaries. Indexes in this class are positions in that flat list.
 */
final class ArticleTokens {
  private final ParsedArticle article;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> sentenceOf = new ArrayList<>();
  private final int[] sentenceStart;

  ArticleTokens(ParsedArticle article) {
    this.article = article;
    sentenceStart = new int[article.sentences().size() + 1];
    for (int s = 0; s < article.sentences().size(); s++) {
      sentenceStart[s] = tokens.size();
      for (Token token : article.sentences().get(s).tokens()) {
        tokens.add(token);
        sentenceOf.add(s);
      }
    }
    sentenceStart[article.sentences().size()] = tokens.size();
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  String pos(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
  }

  /** True for a coarse tag, so that the tagger's contractions ("ADP+DET" for "des") count as ADP. */
  boolean tagged(int i, String tag) {
    String pos = pos(i);
    return pos.equals(tag) || pos.startsWith(tag + "+");
  }

  boolean quoted(int i) {
    return tokens.get(i).quoted();
  }

  boolean isWord(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord();
  }

  int sentenceIndex(int i) {
    return sentenceOf.get(i);
  }

  Sentence sentence(int index) {
    return article.sentences().get(index);
  }

  int sentenceCount() {
    return article.sentences().size();
  }

  int sentenceStart(int sentence) {
    return sentenceStart[sentence];
  }

  int sentenceEnd(int sentence) {
    return sentenceStart[sentence + 1];
  }

  int paragraph(int i) {
    return sentence(sentenceIndex(i)).paragraph();
  }

  /** The article's text from the start of token {@code from} to the end of token {@code to}, both inclusive. */
  String text(int from, int to) {
    if (from > to) {
      return "";
    }
    String original = article.article().originalText();
    return original.substring(tokens.get(from).start(), tokens.get(to).end());
  }

  /** True when a line break stands between token {@code i - 1} and token {@code i} (a new line inside a paragraph). */
  boolean lineBreakBefore(int i) {
    if (i <= 0) {
      return false;
    }
    String original = article.article().originalText();
    for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
      if (original.charAt(c) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The lowercase tokens of a span joined by single spaces, as lexicon phrases are indexed ("communiqué conjoint"). */
  String phrase(int from, int to) {
    return String.join(" ", tokens.subList(from, to + 1).stream().map(Token::lower).toList());
  }
}
