package dev.parallax.analysis.facts;

/**
 * How alike two claims are, 0 to 1: what the aligner joins facts by. The lexical {@link TermVectors} always; with a
 * sentence encoder, {@link EncodedSimilarity} joins its cosine to the lexical score.
 */
interface ClaimSimilarity {
  double similarity(Claim a, Claim b);
}
