package dev.parallax.analysis.findings;

import dev.parallax.analysis.Analyzers;
import dev.parallax.text.ParsedStory;
import java.util.List;

/** The texts of a story's findings in rank order, every analyzer run on it, as the rule tests check them. */
final class FindingTexts {
  private FindingTexts() {
  }

  static List<String> of(ParsedStory story) {
    return Findings.of(story, Analyzers.runAll(story)).table().stringColumn("Finding").asList();
  }

  /** The findings whose text holds the words ("as fact", " speaks of "). */
  static List<String> containing(ParsedStory story, String words) {
    return of(story).stream().filter(t -> t.contains(words)).toList();
  }
}
