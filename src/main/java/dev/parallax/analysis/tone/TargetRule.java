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
 *   <li>an adjective or an adverb targets the actor its head reaches ({@link HeadRule}), or none;</li>
 *   <li>a verb targets the nearest mention after it in its clause, its object ("ont félicité la Russie");</li>
 *   <li>otherwise the nearest mention in its clause, then the nearest in another clause of its sentence if it
 *       lies within {@link #CROSS_CLAUSE_REACH} tokens;</li>
 *   <li>otherwise no target.</li>
 * </ol>
 * Mentions inside a longer tone phrase ("terrorisme" in "sponsors du terrorisme") are part of a label for someone
 * else and are never a target. The reach across clauses keeps a word of a clause about something else ("ce climat
 * de confiance ..., en particulier dans la lutte contre les groupes terroristes") from landing on a far actor.
 */
final class TargetRule {
  static final int CROSS_CLAUSE_REACH = 8;

  private TargetRule() {
  }

  /** The target of every word of one sentence, in order. */
  static List<ToneWord> assign(List<ToneWord> words, List<ActorMention> mentions, HeadRule heads) {
    List<ActorMention> usable = mentions.stream()
        .filter(m -> words.stream().noneMatch(w -> w.from() <= m.from() && m.to() <= w.to()
            && w.to() - w.from() > m.to() - m.from()))
        .toList();
    return words.stream().map(w -> w.withTarget(target(w, usable, heads))).toList();
  }

  static String target(ToneWord word, List<ActorMention> mentions, HeadRule heads) {
    List<Token> tokens = word.sentence().tokens();
    int[] clause = Clauses.of(tokens);
    Optional<ActorMention> containing = mentions.stream()
        .filter(m -> m.from() <= word.from() && word.to() <= m.to()).findFirst();
    if (containing.isPresent()) {
      return containing.get().actor();
    }
    List<ActorMention> outside = mentions.stream()
        .filter(m -> m.to() <= word.from() || word.to() <= m.from()).toList();
    Optional<String> throughHead = heads.target(word, outside);
    if (throughHead.isPresent()) {
      return throughHead.get();
    }
    Predicate<ActorMention> sameClause = m -> clause[m.from()] == clause[word.from()];
    if (tokens.get(word.to() - 1).isVerb()) {
      Optional<ActorMention> object = nearest(word, outside, sameClause.and(m -> m.from() >= word.to()));
      if (object.isPresent()) {
        return object.get().actor();
      }
    }
    return nearest(word, outside, sameClause)
        .or(() -> nearest(word, outside, m -> distance(word, m) <= CROSS_CLAUSE_REACH))
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
