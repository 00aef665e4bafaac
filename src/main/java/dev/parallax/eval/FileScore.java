package dev.parallax.eval;

import java.util.List;
import java.util.Map;

/**
 * The score of one gold file.
 *
 * @param byGroup the score per language (per pair of languages for facts)
 * @param accuracies attribute agreements over the matches, such as speaker accuracy, in total and per language
 * @param details extra lines to print, such as actor directions
 * @param misses gold annotations the analyzers did not find, each with its sentence
 * @param falseAlarms what the analyzers found that the gold does not hold, each with its sentence
 */
public record FileScore(String file, Score score, Map<String, Score> byGroup, List<Accuracy> accuracies,
                        List<String> details, List<String> misses, List<String> falseAlarms) {

  public FileScore {
    byGroup = Map.copyOf(byGroup);
    accuracies = List.copyOf(accuracies);
    details = List.copyOf(details);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }

  public FileScore(String file, Score score, List<String> details, List<String> misses, List<String> falseAlarms) {
    this(file, score, Map.of(), List.of(), details, misses, falseAlarms);
  }

  /** The accuracy named, over all rows; empty accuracy when the scorer reports no such attribute. */
  public Accuracy accuracy(String name) {
    return accuracies.stream().filter(a -> a.name().equals(name) && a.group().isEmpty()).findFirst()
        .orElse(new Accuracy(name, "", 0, 0));
  }
}
