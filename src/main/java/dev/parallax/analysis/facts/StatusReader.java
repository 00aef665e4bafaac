package dev.parallax.analysis.facts;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * How an outlet gives a fact, read from the attribution and hedging analyzers' sheets (never recomputed here):
 * attributed when its evidence sentence has an Attribution row (to that row's speaker), else hedged when it has a
 * Hedging row (with that row's cue), else stated.
 */
final class StatusReader {
  static final String ATTRIBUTION_SHEET = "Attribution";
  static final String HEDGING_SHEET = "Hedging";
  static final String STATED = "stated";
  static final String ATTRIBUTED = "attributed";
  static final String HEDGED = "hedged";
  static final String ABSENT = "absent";

  /** A status and what it rests on: the speaker of an attribution, the cue of a hedge. */
  record Status(String status, String note) {
  }

  private final Map<String, Set<String>> speakers;
  private final Map<String, Set<String>> cues;

  private StatusReader(Map<String, Set<String>> speakers, Map<String, Set<String>> cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  static StatusReader from(AnalysisResult attribution, AnalysisResult hedging) {
    return new StatusReader(bySentence(attribution, ATTRIBUTION_SHEET, "Speaker"),
        bySentence(hedging, HEDGING_SHEET, "Cue"));
  }

  private static Map<String, Set<String>> bySentence(AnalysisResult result, String sheet, String column) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    Optional<Table> table = result.sheets().stream().filter(s -> s.name().equals(sheet)).map(ResultSheet::table)
        .findFirst();
    table.filter(t -> t.columnNames().contains("Sentence") && t.columnNames().contains(column)).ifPresent(t -> {
      for (int row = 0; row < t.rowCount(); row++) {
        values.computeIfAbsent(t.column("Sentence").getString(row), k -> new LinkedHashSet<>())
            .add(t.column(column).getString(row));
      }
    });
    return values;
  }

  Status status(String sentenceId) {
    if (speakers.containsKey(sentenceId)) {
      return new Status(ATTRIBUTED, "to " + String.join(", ", speakers.get(sentenceId)));
    }
    if (cues.containsKey(sentenceId)) {
      return new Status(HEDGED, "cue: " + String.join(", ", cues.get(sentenceId)));
    }
    return new Status(STATED, "");
  }
}
