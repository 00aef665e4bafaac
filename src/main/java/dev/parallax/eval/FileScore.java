package dev.parallax.eval;

import java.util.List;

/**
 * The score of one gold file.
 *
 * @param details extra lines such as "speaker accuracy 0.86 (6/7)"
 * @param misses gold annotations the analyzers did not find, each with its sentence
 * @param falseAlarms what the analyzers found that the gold does not hold, each with its sentence
 */
public record FileScore(String file, Score score, List<String> details, List<String> misses,
                        List<String> falseAlarms) {

  public FileScore {
    details = List.copyOf(details);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
  }
}
