package dev.parallax.analysis.facts;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A numbered fact: its id (F01...), its claims per outlet, and a representative wording.
 *
 * @param match the lowest similarity between two outlets' evidence claims (how sure the alignment is), or empty
 *     when one outlet alone reports the fact
 * @param nearest for each outlet that does not report the fact, its claim closest to the fact's evidence (below the
 *     threshold, else it would have joined), so that an analyst can check the omission
 */
record Fact(String id, FactCluster cluster, String summary, OptionalDouble match, Map<String, Nearest> nearest) {
  private static final int LABEL_WORDS = 6;

  /** An outlet's claim most similar to a fact it does not report. */
  record Nearest(Claim claim, double similarity) {
  }

  Fact {
    nearest = Map.copyOf(nearest);
  }

  /** The id and the summary's first words, short enough for a chart axis. */
  String label() {
    String[] words = summary.split("\\s+");
    String start = Arrays.stream(words).limit(LABEL_WORDS).collect(Collectors.joining(" "));
    return id + " " + start + (words.length > LABEL_WORDS ? "…" : "");
  }
}
