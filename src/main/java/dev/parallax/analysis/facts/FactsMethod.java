package dev.parallax.analysis.facts;

import java.util.List;

/** The facts analyzer's method, in words for the About sheet. */
final class FactsMethod {
  private FactsMethod() {
  }

  static List<String> notes(double threshold) {
    return List.of(
        "Facts: each sentence is a claim (split at a semicolon joining clauses that each have a verb); headings "
            + "are not claims.",
        "Facts: claims are compared as vectors of content words (nouns, proper nouns, adjectives, verbs, numbers "
            + "minus the stop words list) reduced to lemmas (LanguageTool's French and English POS dictionaries, "
            + "french-pos-dict under CC BY-SA 4.0 and english-pos-dict under LGPL 2.1, read with Morfologik; the reading the token's part of speech fits; else the light stem) without accents, cut to "
            + Vocabulary.PREFIX + " letters, near-synonyms merged by the concepts list, French words mapped to an "
            + "English word by the wordnet bridge (WOLF linked to WordNet 3.0), actors by the actors list; numbers "
            + "as one value "
            + "(1.037, 1,037 and 1 037 are 1037; 54,28 and 54.28 are 54.28; numbers in words, but a number under a "
            + "hundred in one word (\"trois\") stays a word: \"mille cinq cents\" and \"fifteen hundred\" are 1500, \"2,5 millions\" is 2500000, by the "
            + "number-words list; ordinals \"1er\", \"3rd\" are 1 and 3), months and weekdays as calendar terms, "
            + "country names (the JDK's locale data, French and English) as one term per country; a concept named by "
            + "an English word shares that word's term, so the French concepts list is also a hand-written "
            + "French-to-English bridge of general news words; weights are counts "
            + "times inverse document frequency over the story's claims, numbers counting double; similarity is the "
            + "cosine, as Apache Commons Text CosineSimilarity computes it (here from norms worked out once per claim).",
        String.format("Facts: pairs of claims of different outlets whose similarity is at least %.2f (option; "
            + "default %.2f) are taken most similar first, and their facts merge when the mean similarity over "
            + "every pair of their claims (average link) is at least the threshold too; a fact holds one claim per "
            + "outlet, plus repeats of it in the same article (similarity %.2f or more).", threshold, FactsAnalyzer.DEFAULT_THRESHOLD,
            FactAligner.REPEAT_THRESHOLD),
        "Facts: the default threshold was chosen on the two seed articles (aes-russia-moscow-2025-04) as the value "
            + "with the best pairwise F1 against the hand-made fact list, scanning 0.02 to 0.30 in steps of 0.01; "
            + "see FactsThresholdTest. Pairs of nearby words as extra features were dropped (pairwise F1 0.40 "
            + "with them, 0.53 without): two loose paraphrases rarely share a word pair, so the pairs mostly "
            + "lengthened the vectors and lowered every similarity. A maximum-weight one-to-one matching "
            + "(Hungarian algorithm) in place of the greedy pairing, binary term counts, and letting a claim the "
            + "pairing left alone join a claim already paired (a sentence as the evidence of two facts: F1 0.40) were "
            + "tried and did not do better on the seeds; nor "
            + "did splitting off a fronted phrase (\"Lors d'une réunion …, la Russie a …\": F1 0.50), counting an "
            + "actor's name as the actor alone (0.46), or soft matches through the LibreOffice French thesaurus "
            + "(0.40).",
        "Facts: Match is the lowest similarity between two outlets' evidence sentences of a fact (at least the "
            + "threshold; close to it, the alignment deserves a look). For an outlet that does not report a fact, "
            + "the note names its sentence closest to the fact's evidence, with the similarity and why it did not "
            + "join: below the threshold, or it reports another fact (one sentence is one fact's evidence per "
            + "outlet).",
        "Facts: an analyst can correct the alignment with an alignment.tsv in the story folder: 'same' joins two "
            + "sentences of different outlets before any computed pair (no similarity needed), 'different' never "
            + "lets them be one fact; the Facts sheet's Aligned by column names the lines used, and each line's "
            + "outcome is listed below (a 'same' that would give a fact two sentences of one outlet is not applied).",
        "Facts: a fact's status in an outlet comes from the Attribution sheet (attributed, to its speaker) and the "
            + "Hedging sheet (hedged, with its cue) for the outlet's evidence sentence; otherwise stated; absent "
            + "when no claim of the outlet joined the fact.",
        "Conflicts: dates are normalised with the dates list; weekdays and relative dates are resolved against "
            + "the article's date when known, else kept as unresolved weekdays and compared with the weekdays of "
            + "the absolute dates. Across outlets, the same fact with dates sharing no day, or numbers, places "
            + "(proper noun after a place preposition) or actors sharing no value, is a conflict; inside one "
            + "article, a weekday that none of its nearby dates falls on is a conflict.",
        "Reuse: runs of " + FactsAnalyzer.REUSE_MIN_WORDS + " or more words (compared by stem) an article shares "
            + "with another article, or writes in its own voice and also quotes elsewhere; Reused share counts "
            + "the words inside quotation marks or inside such a run, over all words.");
  }

  static String encoderNote(SentenceEncoder encoder, double weight, double floor) {
    return String.format(java.util.Locale.ROOT, "Facts: with the sentence encoder %s (--encoder), the similarity of "
        + "two claims is %.2f × the lexical cosine above + %.2f × the encoder's cosine (mean of the token vectors "
        + "over the attention mask, unit length) mapped from [%.2f, 1] onto [0, 1], 0 below %.2f: two sentences of "
        + "one story share its topic, so their encoder cosine is rarely low even when they state different facts.",
        encoder.description(), 1 - weight, weight, floor, floor);
  }
}
