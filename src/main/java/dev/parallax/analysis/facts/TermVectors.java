package dev.parallax.analysis.facts;

import dev.parallax.text.Token;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Claims as weighted term vectors and their cosine similarity (Apache Commons Text). A term's weight is its count
 * times its inverse document frequency over the story's claims, so that the story's topic words (the two parties,
 * "security") weigh less than the words that single out one fact; numbers weigh double because a shared figure is
 * strong evidence of the same fact (doubling proper nouns too lowered the seeds' pairwise F1 from 0.53 to 0.43).
 */
final class TermVectors {
  private static final int SCALE = 10;
  private static final Map<String, Integer> NAME_BOOST = Map.of("NUM", 2);

  private final Map<String, Map<CharSequence, Integer>> vectors = new HashMap<>();
  private final CosineSimilarity cosine = new CosineSimilarity();

  TermVectors(List<Claim> claims, Function<Claim, Vocabulary> vocabulary) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Claim claim : claims) {
      Map<String, Integer> bag = bag(claim, vocabulary.apply(claim));
      counts.put(claim.id(), bag);
      bag.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    int n = claims.size();
    counts.forEach((id, bag) -> {
      Map<CharSequence, Integer> weighted = new HashMap<>();
      bag.forEach((term, count) -> weighted.put(term,
          (int) Math.round(SCALE * count * Math.log(1.0 + (double) n / documentFrequency.get(term)))));
      vectors.put(id, weighted);
    });
  }

  private static Map<String, Integer> bag(Claim claim, Vocabulary vocabulary) {
    Map<String, Integer> bag = new HashMap<>();
    for (Map.Entry<Token, String> term : vocabulary.terms(claim.tokens())) {
      bag.merge(term.getValue(), NAME_BOOST.getOrDefault(term.getKey().pos(), 1), Integer::sum);
    }
    return bag;
  }

  double similarity(Claim a, Claim b) {
    Map<CharSequence, Integer> left = vectors.get(a.id());
    Map<CharSequence, Integer> right = vectors.get(b.id());
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    return cosine.cosineSimilarity(left, right);
  }

  Map<CharSequence, Integer> vector(Claim claim) {
    return vectors.get(claim.id());
  }
}
