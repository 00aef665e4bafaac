package dev.parallax.analysis.attribution;

/**
 * One attributed statement: a direct quote or a paraphrase given as a source's words.
 *
 * @param sentence index of the sentence it starts in, within its article
 * @param quote the quoted words without their marks, or the paraphrased content
 * @param verb the reporting verb as written ("a-t-il affirmé", "selon"), or "-" when the quote continues an
 *     earlier one without a verb of its own
 * @param stance neutral or evaluative, from reporting-verbs.txt; empty when the verb is not listed
 */
record Attribution(int sentence, boolean direct, String quote, Speaker speaker, String verb, String stance) {
  static final String NO_VERB = "-";

  String kind() {
    return direct ? "direct" : "indirect";
  }
}
