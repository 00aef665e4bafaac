package dev.parallax.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "The European Central Bank … the ECB … the central bank said": a bare description of an institution stands for
 * the acronym the article uses for it, when the article spells out a name whose initials make the acronym and which
 * holds the description's words ("Banque centrale européenne (BCE)" for "la banque centrale"). Read once per article.
 */
final class Acronyms {
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 6;

  /** A run of words whose initials spell an acronym: where it starts, its lowercase words. */
  private record SpelledOut(int position, String words) {
  }

  private final List<Integer> acronymPositions = new ArrayList<>();
  private final List<String> acronymWords = new ArrayList<>();
  private final Map<String, List<SpelledOut>> spelledOut = new HashMap<>();

  Acronyms(ArticleTokens t) {
    for (int i = 0; i < t.size(); i++) {
      String word = t.get(i).text();
      if (!t.quoted(i) && acronym(word)) {
        acronymPositions.add(i);
        acronymWords.add(word);
      }
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (int k = i; k < t.size() && k - i < MAX_LETTERS; k++) {
        String next = t.get(k).text();
        if (next.length() < 2 || !Character.isLetter(next.charAt(0))) {
          break;
        }
        initials.append(Character.toUpperCase(next.charAt(0)));
        if (initials.length() >= MIN_LETTERS) {
          spelledOut.computeIfAbsent(initials.toString(), key -> new ArrayList<>())
              .add(new SpelledOut(i, t.phrase(i, k)));
        }
      }
    }
  }

  /** The acronym written last before {@code position} whose spelled-out name before it holds {@code description}. */
  Optional<String> standingFor(String description, int position) {
    Set<String> tried = new HashSet<>();
    for (int k = acronymPositions.size() - 1; k >= 0; k--) {
      String word = acronymWords.get(k);
      if (acronymPositions.get(k) >= position || !tried.add(word)) {
        continue;
      }
      boolean named = spelledOut.getOrDefault(word, List.of()).stream()
          .anyMatch(s -> s.position() < position && s.words().contains(description));
      if (named) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static boolean acronym(String word) {
    return word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS && word.chars().allMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT));
  }
}
