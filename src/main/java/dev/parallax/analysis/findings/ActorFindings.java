package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From the Actors and Tone sheets: an actor one outlet speaks of in a positive light and another in a negative one,
 * each in its own voice. The words an outlet quotes are its sources' ("ami et frère" in a president's message is not
 * the outlet speaking), so the tone compared is the mean score of the outlet-voice words that qualify the actor.
 */
final class ActorFindings implements FindingRule {
  private static final String SHEET = "Actors";
  private static final String MENTIONS = "Actor mentions";
  private static final String TONE = "Tone";
  private static final String OWN_VOICE = "outlet";
  private static final double FULL_SCALE = 3.0;
  /** Tone towards an actor is a word count: it ranks below the facts and the sources. */
  private static final double WEIGHT = 0.5;
  /** One outlet must lean each way, by at least this much: "neutrally" against "unfavourably" is no contrast. */
  private static final double MIN_TONE = 1.0;

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Map<String, List<Double>>> ownVoice = ownVoiceScores(evidence);
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Actor")).ifPresent(actors -> {
      for (int r = 0; r < actors.rowCount(); r++) {
        finding(actors.stringColumn("Actor").get(r), ownVoice, evidence).ifPresent(findings::add);
      }
    });
    return findings;
  }

  /** Per outlet, per actor: the scores of the words in the outlet's own voice that qualify the actor. */
  private static Map<String, Map<String, List<Double>>> ownVoiceScores(Evidence evidence) {
    Map<String, Map<String, List<Double>>> scores = new HashMap<>();
    evidence.sheet(TONE).filter(t -> Evidence.has(t, "Outlet", "Voice", "Target", "Score")).ifPresent(tone -> {
      for (int r = 0; r < tone.rowCount(); r++) {
        String target = tone.stringColumn("Target").get(r);
        if (!target.isEmpty() && tone.stringColumn("Voice").get(r).equals(OWN_VOICE)) {
          scores.computeIfAbsent(tone.stringColumn("Outlet").get(r), o -> new HashMap<>())
              .computeIfAbsent(target, a -> new ArrayList<>())
              .add(((Number) tone.column("Score").get(r)).doubleValue());
        }
      }
    });
    return scores;
  }

  private static java.util.Optional<Finding> finding(String actor, Map<String, Map<String, List<Double>>> ownVoice,
                                                     Evidence evidence) {
    String high = null;
    String low = null;
    double highTone = Double.NEGATIVE_INFINITY;
    double lowTone = Double.POSITIVE_INFINITY;
    for (String outlet : evidence.outlets()) {
      List<Double> scores = ownVoice.getOrDefault(outlet, Map.of()).getOrDefault(actor, List.of());
      if (scores.isEmpty()) {
        continue;
      }
      double tone = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
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
    String text = high + " speaks of " + actor + " " + describe(highTone) + " in its own voice (tone "
        + signed(highTone) + "); "
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
