package dev.parallax.analysis.attribution;

import java.util.Locale;
import java.util.Optional;

/**
 * "The European Central Bank … the ECB … the central bank said": a bare description of an institution stands for
 * the acronym the article uses for it, when the article spells out a name whose initials make the acronym and which
 * holds the description's words ("Banque centrale européenne (BCE)" for "la banque centrale").
 */
final class Acronyms {
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 6;

  private Acronyms() {
  }

  /** The acronym written last before {@code position} whose spelled-out name holds {@code description}. */
  static Optional<String> standingFor(ArticleTokens t, String description, int position) {
    for (int i = Math.min(position, t.size()) - 1; i >= 0; i--) {
      String word = t.get(i).text();
      if (!t.quoted(i) && acronym(word) && spelledOut(t, word, description, position)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static boolean acronym(String word) {
    return word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS && word.chars().allMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** A run of words before {@code position}, the first capitalised, whose initials spell the acronym. */
  private static boolean spelledOut(ArticleTokens t, String acronym, String description, int position) {
    int letters = acronym.length();
    for (int i = 0; i + letters <= Math.min(position, t.size()); i++) {
      if (!Character.isUpperCase(t.get(i).text().charAt(0))) {
        continue;
      }
      boolean initials = true;
      for (int k = 0; k < letters && initials; k++) {
        String word = t.get(i + k).text();
        initials = word.length() > 1 && Character.toUpperCase(word.charAt(0)) == acronym.charAt(k);
      }
      if (initials && t.phrase(i, i + letters - 1).contains(description)) {
        return true;
      }
    }
    return false;
  }
}
