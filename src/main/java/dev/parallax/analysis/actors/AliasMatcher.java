package dev.parallax.analysis.actors;

import dev.parallax.text.LanguageLayer;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds aliases in a sentence on word boundaries, the longest alias first, case-insensitively; an alias written
 * with a capital (a name: "Niger", "Turkey") only matches a word written with one, so that a common noun of the
 * same letters is no mention.
 */
final class AliasMatcher {
  private record Alias(String normalised, String actor, boolean capitalised) {
  }

  /**
   * Aliases by their first word (up to the first character that is no letter or digit: "royaume" of
   * "royaume-uni"), longest first: a word of the sentence is looked up once instead of tried against every alias of
   * its first letter (a story's actors and every country name of its languages).
   */
  private final Map<String, List<Alias>> byFirstWord;

  AliasMatcher(Map<String, String> actorByAlias) {
    Map<String, List<Alias>> byFirst = new HashMap<>();
    Map<String, Alias> unique = new HashMap<>();
    actorByAlias.forEach((alias, actor) -> {
      String normalised = LanguageLayer.normalise(alias.strip());
      if (!normalised.isEmpty()) {
        unique.merge(normalised, new Alias(normalised, actor, Character.isUpperCase(alias.strip().charAt(0))),
            (a, b) -> a.capitalised() ? b : a);
      }
    });
    unique.values().stream().sorted(Comparator.comparingInt((Alias a) -> a.normalised().length()).reversed()
            .thenComparing(Alias::normalised))
        .forEach(alias -> byFirst.computeIfAbsent(firstWord(alias.normalised(), 0), c -> new ArrayList<>()).add(alias));
    byFirst.replaceAll((c, aliases) -> List.copyOf(aliases));
    this.byFirstWord = Map.copyOf(byFirst);
  }

  List<ActorSpan> find(Sentence sentence) {
    List<ActorSpan> spans = new ArrayList<>();
    String text = LanguageLayer.normalise(sentence.text());
    int i = 0;
    while (i < text.length()) {
      Alias alias = aliasAt(text, sentence.text(), i);
      if (alias == null) {
        i++;
        continue;
      }
      int end = i + alias.normalised().length();
      int from = tokenAt(sentence, sentence.start() + i);
      int to = tokenAt(sentence, sentence.start() + end - 1) + 1;
      if (from >= 0 && to > from) {
        spans.add(new ActorSpan(alias.actor(), sentence.text().substring(i, end), from, to));
      }
      i = end;
    }
    return spans;
  }

  private Alias aliasAt(String text, String original, int i) {
    if (i > 0 && isWordChar(text.codePointBefore(i))) {
      return null;
    }
    List<Alias> candidates = byFirstWord.get(firstWord(text, i));
    if (candidates == null) {
      return null;
    }
    for (Alias alias : candidates) {
      int end = i + alias.normalised().length();
      if (text.startsWith(alias.normalised(), i) && (end == text.length() || !isWordChar(text.codePointAt(end)))
          && (!alias.capitalised() || (i < original.length() && Character.isUpperCase(original.charAt(i))))) {
        return alias;
      }
    }
    return null;
  }

  /** The word that starts at {@code from}, or the single character there when it is no word character. */
  private static String firstWord(String text, int from) {
    int end = from;
    while (end < text.length() && isWordChar(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end == from ? text.substring(from, from + Character.charCount(text.codePointAt(from)))
        : text.substring(from, end);
  }

  private static boolean isWordChar(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static int tokenAt(Sentence sentence, int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }
}
