package dev.parallax.analysis.tone;

import dev.parallax.text.Sentence;

/**
 * One mention of an actor in a sentence.
 *
 * @param alias the words as the article writes them
 * @param from index of the mention's first token in the sentence
 * @param to index after its last token
 */
record ActorMention(Sentence sentence, String actor, String alias, int from, int to, boolean quoted) {

  Voice voice() {
    return quoted ? Voice.QUOTED : Voice.OUTLET;
  }
}
