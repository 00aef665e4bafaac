package dev.parallax.analysis.facts;

/**
 * A run of words an article shares with another article, or with a source it quotes elsewhere in its own text.
 *
 * @param sharedWith the sentence id of the other occurrence
 * @param words the number of words in the run
 */
public record SharedPassage(String outlet, String sentenceId, String sharedWith, String passage, int words) {
}
