package dev.parallax.analysis.hedging;

/**
 * One hedging cue in a sentence.
 *
 * @param cue the words as written ("pourrait", "d'après")
 * @param category conditional, modal, epistemic, evidential or approximator
 * @param quoted true when the cue lies inside quotation marks: the source hedges, not the outlet
 */
record Hedge(String cue, String category, boolean quoted) {
  static final String CONDITIONAL = "conditional";

  String voice() {
    return quoted ? "quoted" : "author";
  }
}
