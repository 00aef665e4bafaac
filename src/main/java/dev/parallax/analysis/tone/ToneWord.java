package dev.parallax.analysis.tone;

import dev.parallax.text.Sentence;
import java.util.List;

/**
 * One occurrence of an evaluative or loaded word in a sentence.
 *
 * @param from index of its first token in the sentence
 * @param to index after its last token
 * @param word the words as the article writes them
 * @param factor product of the intensifier and downtoner factors applied to it (1 when none)
 * @param negated whether a negator in its clause reverses it
 * @param modifiers the intensifiers and negators that applied, as written
 * @param quoted whether it lies inside quotation marks (the quoted source's voice, not the outlet's)
 * @param target the actor it qualifies, or empty
 */
record ToneWord(Sentence sentence, int from, int to, String word, ToneEntry entry, double factor, boolean negated,
                List<String> modifiers, boolean quoted, String target) {

  /** Negation reverses an evaluation and halves it: "pas efficace" is weaker than "inefficace". */
  static final double NEGATION = -0.5;

  ToneWord {
    modifiers = List.copyOf(modifiers);
  }

  double score() {
    return entry.sign() * entry.strength() * factor * (negated ? NEGATION : 1);
  }

  String polarity() {
    return score() >= 0 ? "pos" : "neg";
  }

  double strength() {
    return Math.abs(score());
  }

  Voice voice() {
    return quoted ? Voice.QUOTED : Voice.OUTLET;
  }

  ToneWord withTarget(String actor) {
    return new ToneWord(sentence, from, to, word, entry, factor, negated, modifiers, quoted, actor);
  }
}
