package dev.parallax.analysis.findings;

import dev.parallax.analysis.Figure;
import dev.parallax.text.Sentence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outlet that quotes most words directly, one finding for its quoted words and its quoted share together. Who
 * quotes least is not said: an outlet at 0 quoted words may still paraphrase its sources, and a quote whose marks the
 * reader missed would make the claim false.
 */
final class FigureFindings implements FindingRule {
  static final String WORDS = "Quoted words";
  static final String SHARE = "Quoted share";
  private static final double WEIGHT = 0.6;
  /** The leader must quote at least this many times the runner-up's words to be worth a finding. */
  private static final double LEAD = 1.25;
  private static final int MIN_WORDS = 40;

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Figure> words = figures(evidence, WORDS);
    List<Figure> shares = figures(evidence, SHARE);
    if (words.size() < 2) {
      return List.of();
    }
    Figure high = words.get(0);
    Figure next = words.get(1);
    if (high.value() < MIN_WORDS || high.value() < LEAD * next.value()) {
      return List.of();
    }
    Optional<Figure> share = shares.stream().filter(f -> f.outlet().equals(high.outlet())).findFirst();
    String text = high.outlet() + " quotes the most words directly: " + Math.round(high.value()) + " words in "
        + "quotation marks" + share.map(s -> String.format(", %.0f%% of its text", s.value() * 100)).orElse("")
        + " (next: " + next.outlet() + ", " + Math.round(next.value()) + ")";
    String sentence = mostQuoted(evidence, high.outlet());
    return List.of(new Finding(text, WEIGHT, List.of(high.outlet()), high.evidenceSheet(), sentence, sentence));
  }

  private static List<Figure> figures(Evidence evidence, String name) {
    return evidence.results().stream().flatMap(r -> r.figures().stream()).filter(f -> f.name().equals(name))
        .sorted(Comparator.comparingDouble(Figure::value).reversed()).toList();
  }

  /** The outlet's sentence with the most quoted words: the row the finding opens. */
  private static String mostQuoted(Evidence evidence, String outlet) {
    return evidence.sentencesOf(outlet).stream().max(Comparator.comparingInt(Sentence::quotedWordCount))
        .map(Sentence::id).orElse("");
  }
}
