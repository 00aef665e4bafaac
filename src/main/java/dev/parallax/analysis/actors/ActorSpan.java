package dev.parallax.analysis.actors;

/**
 * One mention of a story actor in a sentence.
 *
 * @param actor the actor's name, one for both languages ("Morocco" for Maroc, marocain, Morocco, Moroccan)
 * @param alias the words as the article writes them
 * @param from index of the mention's first token in the sentence
 * @param to index after its last token
 */
public record ActorSpan(String actor, String alias, int from, int to) {
}
