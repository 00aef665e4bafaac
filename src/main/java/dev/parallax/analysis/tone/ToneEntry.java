package dev.parallax.analysis.tone;

import java.util.List;

/**
 * One evaluative or loaded word (or fixed phrase) of the tone lists.
 *
 * @param stems the stem of each word of the lemma, matched against token stems
 * @param sign +1 positive, -1 negative
 * @param strength 1 mild, 2 clear, 3 strong
 * @param evaluative listed in polarity.txt
 * @param loaded listed in loaded.txt (a framing choice)
 */
record ToneEntry(String lemma, List<String> stems, int sign, double strength, boolean evaluative, boolean loaded) {

  ToneEntry {
    stems = List.copyOf(stems);
  }

  String kind() {
    return evaluative && loaded ? "evaluative, loaded" : loaded ? "loaded" : "evaluative";
  }

  ToneEntry withLoaded() {
    return new ToneEntry(lemma, stems, sign, strength, evaluative, true);
  }
}
