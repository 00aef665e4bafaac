package dev.parallax.analysis.facts;

import dev.parallax.text.Token;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Claims as weighted term vectors and their cosine similarity. A term's weight is its count
 * times its inverse document frequency over the story's claims, so that the story's topic words (the two parties,
 * "security") weigh less than the words that single out one fact; numbers weigh double because a shared figure is
 * strong evidence of the same fact (doubling proper nouns too lowered the seeds' pairwise F1 from 0.53 to 0.43).
 *
 * <p>The cosine is Apache Commons Text's {@code CosineSimilarity} over the weighted maps ({@link #vector}), computed
 * here from sorted term ids with each vector's norm worked out once: the aligner compares every pair of claims of a
 * story, and the map-based form (a set intersection and both norms per pair) was a fifth of the facts analyzer's
 * time. {@code TermVectorsTest} checks that both give the same value.
 */
final class TermVectors implements ClaimSimilarity {
  private static final int SCALE = 10;
  private static final Map<String, Integer> NAME_BOOST = Map.of("NUM", 2);

  private final Map<String, Map<CharSequence, Integer>> vectors = new HashMap<>();
  private final Map<String, Sparse> sparse = new HashMap<>();

  /** A vector as ascending term ids with their weights, and its Euclidean norm. */
  private record Sparse(int[] terms, int[] weights, double norm) {
    static Sparse of(Map<CharSequence, Integer> vector, Map<CharSequence, Integer> ids) {
      int[] terms = vector.keySet().stream().mapToInt(ids::get).sorted().toArray();
      Map<Integer, Integer> weightById = new HashMap<>();
      vector.forEach((term, weight) -> weightById.put(ids.get(term), weight));
      int[] weights = new int[terms.length];
      double squares = 0;
      for (int k = 0; k < terms.length; k++) {
        weights[k] = weightById.get(terms[k]);
        squares += (double) weights[k] * weights[k];
      }
      return new Sparse(terms, weights, Math.sqrt(squares));
    }

    double dot(Sparse other) {
      double dot = 0;
      int i = 0;
      int j = 0;
      while (i < terms.length && j < other.terms.length) {
        if (terms[i] == other.terms[j]) {
          dot += (double) weights[i++] * other.weights[j++];
        } else if (terms[i] < other.terms[j]) {
          i++;
        } else {
          j++;
        }
      }
      return dot;
    }
  }

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
    Map<CharSequence, Integer> ids = new HashMap<>();
    vectors.values().forEach(v -> v.keySet().forEach(term -> ids.putIfAbsent(term, ids.size())));
    vectors.forEach((id, vector) -> sparse.put(id, Sparse.of(vector, ids)));
  }

  private static Map<String, Integer> bag(Claim claim, Vocabulary vocabulary) {
    Map<String, Integer> bag = new HashMap<>();
    for (Map.Entry<Token, String> term : vocabulary.terms(claim.tokens())) {
      bag.merge(term.getValue(), NAME_BOOST.getOrDefault(term.getKey().pos(), 1), Integer::sum);
    }
    return bag;
  }

  @Override
  public double similarity(Claim a, Claim b) {
    Sparse left = sparse.get(a.id());
    Sparse right = sparse.get(b.id());
    if (left.norm() == 0 || right.norm() == 0) {
      return 0;
    }
    return left.dot(right) / (left.norm() * right.norm());
  }

  Map<CharSequence, Integer> vector(Claim claim) {
    return vectors.get(claim.id());
  }
}
