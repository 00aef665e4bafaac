package dev.parallax.analysis.hedging;

/**
 * One hedging cue in a sentence.
 *
 * @param cue the words as written ("pourrait", "d'après")
 * @param category conditional, modal, epistemic, evidential or approximator
 * @param quoted true when the cue lies inside quotation marks: the source hedges, not the outlet
 * @param namesSource an evidential that introduces its source ("selon le ministère"): attribution, which hedges
 *     in the outlet's voice only where the outlet also distances itself
 */
record Hedge(String cue, String category, boolean quoted, boolean namesSource) {
  static final String CONDITIONAL = "conditional";
  static final String EVIDENTIAL = "evidential";

  String voice() {
    return quoted ? "quoted" : "author";
  }
}
