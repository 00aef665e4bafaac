package dev.parallax.eval;

/** Precision, recall and F1 from true positives, false positives and false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format("P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
        truePositives, falsePositives, falseNegatives);
  }
}
