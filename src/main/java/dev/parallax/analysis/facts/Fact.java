package dev.parallax.analysis.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A numbered fact: its id (F01...), its claims per outlet, and a representative wording. */
record Fact(String id, FactCluster cluster, String summary) {
  private static final int LABEL_WORDS = 6;

  /** The id and the summary's first words, short enough for a chart axis. */
  String label() {
    String[] words = summary.split("\\s+");
    String start = Arrays.stream(words).limit(LABEL_WORDS).collect(Collectors.joining(" "));
    return id + " " + start + (words.length > LABEL_WORDS ? "…" : "");
  }
}
