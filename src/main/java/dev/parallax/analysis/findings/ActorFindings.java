package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** From the Actors sheet: an actor one outlet speaks of in a positive light and another does not. */
final class ActorFindings implements FindingRule {
  private static final String SHEET = "Actors";
  private static final String MENTIONS = "Actor mentions";
  private static final double FULL_SCALE = 3.0;
  /** Tone towards an actor is a word count: it ranks below the facts and the sources. */
  private static final double WEIGHT = 0.5;
  /** One outlet must lean each way, by at least this much: "neutrally" against "unfavourably" is no contrast. */
  private static final double MIN_TONE = 1.0;

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Actor")).ifPresent(actors -> {
      for (int r = 0; r < actors.rowCount(); r++) {
        finding(actors, r, evidence).ifPresent(findings::add);
      }
    });
    return findings;
  }

  private static java.util.Optional<Finding> finding(Table actors, int r, Evidence evidence) {
    String actor = actors.stringColumn("Actor").get(r);
    String high = null;
    String low = null;
    double highTone = Double.NEGATIVE_INFINITY;
    double lowTone = Double.POSITIVE_INFINITY;
    for (String outlet : evidence.outlets()) {
      String toneColumn = outlet + " tone";
      String mentionColumn = outlet + " mentions";
      if (!actors.columnNames().contains(toneColumn) || !actors.columnNames().contains(mentionColumn)
          || ((Number) actors.column(mentionColumn).get(r)).doubleValue() == 0) {
        continue;
      }
      double tone = ((Number) actors.column(toneColumn).get(r)).doubleValue();
      if (tone > highTone) {
        highTone = tone;
        high = outlet;
      }
      if (tone < lowTone) {
        lowTone = tone;
        low = outlet;
      }
    }
    if (high == null || high.equals(low) || highTone < MIN_TONE || lowTone > -MIN_TONE) {
      return java.util.Optional.empty();
    }
    String text = high + " speaks of " + actor + " " + describe(highTone) + " (tone " + signed(highTone) + "); "
        + low + " " + describe(lowTone) + " (tone " + signed(lowTone) + ")";
    double separation = Math.min(1.0, (highTone - lowTone) / (2 * FULL_SCALE)) * WEIGHT;
    return java.util.Optional.of(new Finding(text, separation, List.of(high, low), SHEET, actor,
        sentenceOf(evidence, high, actor)));
  }

  private static String sentenceOf(Evidence evidence, String outlet, String actor) {
    return evidence.sheet(MENTIONS).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Actor")).map(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        if (t.stringColumn("Outlet").get(r).equals(outlet) && t.stringColumn("Actor").get(r).equals(actor)) {
          return t.column("Sentence").getString(r);
        }
      }
      return "";
    }).orElse("");
  }

  private static String describe(double tone) {
    return tone > 0 ? "favourably" : tone < 0 ? "unfavourably" : "neutrally";
  }

  private static String signed(double tone) {
    return String.format("%+.1f", tone);
  }
}
