package dev.parallax.analysis.tone;

import dev.parallax.text.Token;
import java.util.List;

/**
 * Clause numbers of a sentence's tokens. A clause ends at punctuation that separates clauses or opens and closes a
 * quote (, ; : « » “ ” " — – ! ? .); parentheses and apostrophes do not end one.
 */
final class Clauses {
  private static final String BOUNDARIES = ",;:«»“”\"—–!?.…";

  private Clauses() {
  }

  static int[] of(List<Token> tokens) {
    int[] clause = new int[tokens.size()];
    int current = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (isBoundary(tokens.get(i))) {
        current++;
      }
      clause[i] = current;
    }
    return clause;
  }

  static boolean isBoundary(Token token) {
    return token.text().length() == 1 && BOUNDARIES.indexOf(token.text().charAt(0)) >= 0;
  }
}
