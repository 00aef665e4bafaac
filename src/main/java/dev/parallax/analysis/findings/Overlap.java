package dev.parallax.analysis.findings;

import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * How many content words (nouns, names, verbs, adjectives, numbers: by their stems) two sentences of one language
 * share: a check, independent of the facts alignment, that two outlets' sentences say the same thing before a finding
 * sets one against the other.
 */
final class Overlap {
  /** Fewer shared content words than this and two sentences are not said to report one fact. */
  static final int MIN_SHARED = 3;
  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");

  private Overlap() {
  }

  static boolean sameFact(Sentence a, Sentence b) {
    Set<String> shared = stems(a);
    shared.retainAll(stems(b));
    return shared.size() >= MIN_SHARED;
  }

  private static Set<String> stems(Sentence sentence) {
    Set<String> stems = new HashSet<>();
    for (Token token : sentence.tokens()) {
      if (token.isWord() && CONTENT.contains(token.pos())) {
        stems.add(token.stem());
      }
    }
    return stems;
  }
}
