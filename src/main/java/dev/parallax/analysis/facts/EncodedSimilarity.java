package dev.parallax.analysis.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lexical similarity joined with a sentence encoder's cosine: {@code (1 - WEIGHT) × lexical + WEIGHT ×
 * rescaled cosine}, where the cosine is first mapped from [{@link #COSINE_FLOOR}, 1] onto [0, 1] (below the floor,
 * 0). The floor is there because two sentences of one story share its topic: their encoder cosine is seldom below
 * 0.2 even when they state different facts, while the lexical cosine of two such sentences is near 0; without it the
 * encoder would lift every pair over the facts threshold. The weight and the floor were chosen on the development
 * set (docs/method-notes/encoder.md), the threshold left as it is.
 */
final class EncodedSimilarity implements ClaimSimilarity {
  static final double WEIGHT = 0.5;
  static final double COSINE_FLOOR = 0.5;

  private final ClaimSimilarity lexical;
  private final Map<String, float[]> vectors = new HashMap<>();

  EncodedSimilarity(ClaimSimilarity lexical, List<Claim> claims, SentenceEncoder encoder) {
    this.lexical = lexical;
    List<float[]> encoded = encoder.encode(claims.stream().map(Claim::text).toList());
    for (int k = 0; k < claims.size(); k++) {
      vectors.put(claims.get(k).id(), encoded.get(k));
    }
  }

  @Override
  public double similarity(Claim a, Claim b) {
    return (1 - WEIGHT) * lexical.similarity(a, b) + WEIGHT * rescaled(cosine(a, b));
  }

  double cosine(Claim a, Claim b) {
    float[] x = vectors.get(a.id());
    float[] y = vectors.get(b.id());
    double dot = 0;
    for (int d = 0; d < x.length; d++) {
      dot += (double) x[d] * y[d];
    }
    return dot;
  }

  static double rescaled(double cosine) {
    return Math.max(0, (cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR));
  }
}
