package dev.parallax.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.text.ParsedStory;
import java.util.List;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.junit.jupiter.api.Test;

/** The aligner's fast cosine gives Commons Text's value for every pair of claims of the seed story. */
class TermVectorsTest {

  @Test
  void similarityIsCommonsTextCosineOnEveryPairOfSeedClaims() {
    ParsedStory story = Seeds.parse(Seeds.STORY);
    List<Claim> claims = FactsAnalyzer.claims(story);
    TermVectors vectors = FactsAnalyzer.vectors(story, claims);
    CosineSimilarity reference = new CosineSimilarity();
    int positive = 0;
    for (Claim a : claims) {
      for (Claim b : claims) {
        double expected = vectors.vector(a).isEmpty() || vectors.vector(b).isEmpty() ? 0
            : reference.cosineSimilarity(vectors.vector(a), vectors.vector(b));
        assertThat(vectors.similarity(a, b)).as(a.id() + " ~ " + b.id()).isCloseTo(expected, within(1e-12));
        positive += expected > 0 ? 1 : 0;
      }
    }
    assertThat(claims).hasSizeGreaterThan(20);
    assertThat(positive).as("pairs sharing a term").isGreaterThan(claims.size());
  }
}
