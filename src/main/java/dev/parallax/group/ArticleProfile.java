package dev.parallax.group;

import dev.parallax.corpus.Paragraph;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What event an article reports, as the grouping compares it: its dates, the names it mentions (proper-noun
 * tokens), its numbers other than years, and its wording (the stems of its content words, counted).
 *
 * @param names lowercase proper nouns, with how many times each occurs
 */
record ArticleProfile(Path file, String outlet, Set<LocalDate> dates, Map<String, Integer> names,
                      Set<String> numbers, Map<CharSequence, Integer> wording) {

  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");
  private static final int MIN_STEM = 3;

  ArticleProfile {
    dates = Set.copyOf(dates);
    names = Map.copyOf(names);
    numbers = Set.copyOf(numbers);
    wording = Map.copyOf(wording);
  }

  static ArticleProfile of(ParsedArticle article) {
    Set<LocalDate> dates = new TreeSet<>(DateMentions.in(body(article)));
    article.article().metadata().date().ifPresent(dates::add);
    Map<String, Integer> names = new TreeMap<>();
    Set<String> numbers = new TreeSet<>();
    Map<CharSequence, Integer> wording = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        if (token.isProperNoun() && token.text().length() > 1) {
          names.merge(token.lower(), 1, Integer::sum);
        }
        if (isNumber(token) && !isYear(token.text())) {
          numbers.add(token.text().replaceAll("[\\s\\u00A0\\u202F]", ""));
        }
        if (CONTENT.contains(token.pos()) && token.isWord() && token.stem().length() >= MIN_STEM) {
          wording.merge(token.stem(), 1, Integer::sum);
        }
      }
    }
    return new ArticleProfile(article.article().file(), article.outlet(), dates, names, numbers, wording);
  }

  String fileName() {
    return file.getFileName().toString();
  }

  private static boolean isNumber(Token token) {
    return token.text().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || Character.isSpaceChar(c))
        && token.text().chars().anyMatch(Character::isDigit);
  }

  private static boolean isYear(String text) {
    return text.matches("(19|20)\\d\\d");
  }

  private static String body(ParsedArticle article) {
    return String.join("\n", article.article().paragraphs().stream().map(Paragraph::text).toList());
  }
}
