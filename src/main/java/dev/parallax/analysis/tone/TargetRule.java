package dev.parallax.analysis.tone;

import dev.parallax.text.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which actor an evaluative word qualifies, from the actor mentions of its sentence:
 * <ol>
 *   <li>a mention that contains the word is its target (the word is part of the actor's name: "groupes
 *       terroristes");</li>
 *   <li>a verb targets the nearest mention after it in its clause, its object ("ont félicité la Russie");</li>
 *   <li>otherwise the nearest mention in its clause, then the nearest in its sentence;</li>
 *   <li>no mention in the sentence: no target.</li>
 * </ol>
 * Mentions inside a longer tone phrase ("terrorisme" in "sponsors du terrorisme") are not its target.
 */
final class TargetRule {
  private TargetRule() {
  }

  static String target(ToneWord word, List<ActorMention> mentions) {
    List<Token> tokens = word.sentence().tokens();
    int[] clause = Clauses.of(tokens);
    Optional<ActorMention> containing = mentions.stream()
        .filter(m -> m.from() <= word.from() && word.to() <= m.to()).findFirst();
    if (containing.isPresent()) {
      return containing.get().actor();
    }
    List<ActorMention> outside = mentions.stream()
        .filter(m -> m.to() <= word.from() || word.to() <= m.from()).toList();
    Predicate<ActorMention> sameClause = m -> clause[m.from()] == clause[word.from()];
    if (tokens.get(word.to() - 1).isVerb()) {
      Optional<ActorMention> object = nearest(word, outside, sameClause.and(m -> m.from() >= word.to()));
      if (object.isPresent()) {
        return object.get().actor();
      }
    }
    return nearest(word, outside, sameClause).or(() -> nearest(word, outside, m -> true))
        .map(ActorMention::actor).orElse("");
  }

  private static Optional<ActorMention> nearest(ToneWord word, List<ActorMention> mentions,
                                                Predicate<ActorMention> filter) {
    return mentions.stream().filter(filter).min(Comparator.comparingInt(m -> distance(word, m)));
  }

  private static int distance(ToneWord word, ActorMention mention) {
    return mention.to() <= word.from() ? word.from() - mention.to() + 1 : mention.from() - word.to() + 1;
  }
}
