package dev.parallax.eval;

/**
 * How often a matched annotation also agrees on one attribute ("speaker accuracy": right of total matched quotes),
 * for all rows ({@code group} empty) or for one group such as a language.
 */
public record Accuracy(String name, String group, int right, int total) {

  public double value() {
    return total == 0 ? 0 : (double) right / total;
  }

  Accuracy plus(Accuracy other) {
    return new Accuracy(name, group, right + other.right, total + other.total);
  }

  /** "speaker accuracy 0.86 (6/7)", or "n/a" when nothing was matched. */
  @Override
  public String toString() {
    String label = group.isEmpty() ? name : name + " [" + group + "]";
    return total == 0 ? label + " n/a (nothing matched)" : String.format("%s %.2f (%d/%d)", label, value(), right, total);
  }
}
