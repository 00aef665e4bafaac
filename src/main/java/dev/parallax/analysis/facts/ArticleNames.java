package dev.parallax.analysis.facts;

import dev.parallax.text.CountryNames;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * The names an article writes anywhere, to tell another place from a detail of the same one: an article that names
 * both "Jemaa al-Fna Square" and "Marrakech" is not placing the fact elsewhere than an outlet that says
 * "Marrakesh". Words are compared without accents and case, and a name within one letter of another of five
 * letters or more is the same name spelt otherwise (Marrakech, Marrakesh); a country is known by its English name
 * whatever the language writes.
 */
final class ArticleNames {
  private static final int SHORTEST_VARIANT = 5;
  private final ParsedArticle article;
  private Set<String> words;

  ArticleNames(ParsedArticle article) {
    this.article = article;
  }

  /** Read on the first question: most facts name no place, and most articles are never asked. */
  private Set<String> words() {
    if (words == null) {
      words = new HashSet<>();
      for (Sentence sentence : article.sentences()) {
        for (Token token : sentence.tokens()) {
          if (token.isWord()) {
            String word = Vocabulary.plain(token.lower());
            words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
            CountryNames.englishName(token.text()).ifPresent(words::add);
          }
        }
      }
    }
    return words;
  }

  /** Whether every word of the place's name is written in the article. */
  boolean names(String place) {
    for (String word : Vocabulary.plain(place.toLowerCase()).split("[\\s'’-]+")) {
      if (!word.isEmpty() && !written(word)) {
        return false;
      }
    }
    return true;
  }

  private boolean written(String word) {
    if (words().contains(word)) {
      return true;
    }
    return word.length() >= SHORTEST_VARIANT && words().stream().anyMatch(w -> oneLetterApart(w, word));
  }

  /** One substitution apart (same length): Marrakech, Marrakesh. */
  static boolean oneLetterApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < a.length() && differences <= 1; i++) {
      differences += a.charAt(i) == b.charAt(i) ? 0 : 1;
    }
    return differences == 1;
  }
}
