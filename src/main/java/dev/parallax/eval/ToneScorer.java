package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Scores tone.tsv: evaluative words matched on outlet + word_or_phrase (each distinct form once per outlet), with
 * polarity accuracy over matched words; and, when actors.tsv is present, each pos/neg actor direction against the
 * sign of the actor's tone in the Actors sheet.
 */
public final class ToneScorer implements Scorer {
  static final String TONE_FILE = "tone.tsv";
  static final String ACTORS_FILE = "actors.tsv";
  private static final String ANALYZER = "tone";

  @Override
  public String fileName() {
    return TONE_FILE;
  }

  @Override
  public Optional<FileScore> score(Path goldFolder, ParsedStory story, Map<String, AnalysisResult> results) {
    Optional<GoldFile> present = GoldFile.readIfPresent(goldFolder, TONE_FILE,
        List.of("outlet", "word_or_phrase", "polarity", "target"));
    if (present.isEmpty()) {
      return Optional.empty();
    }
    GoldFile gold = present.get();
    Map<String, String> expected = new LinkedHashMap<>();
    gold.rows().forEach(r -> expected.putIfAbsent(key(r.get("outlet"), r.get("word_or_phrase")), r.get("polarity")));
    Map<String, Found> found = found(results);
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    int matched = 0;
    int polarityRight = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Found hit = found.get(e.getKey());
      if (hit == null) {
        misses.add(e.getKey() + " (" + e.getValue() + ")");
      } else {
        matched++;
        polarityRight += hit.polarity().equals(e.getValue()) ? 1 : 0;
      }
    }
    found.forEach((key, hit) -> {
      if (!expected.containsKey(key)) {
        falseAlarms.add(key + " (" + hit.polarity() + ") in " + hit.sentence());
      }
    });
    List<String> details = new ArrayList<>();
    details.add(String.format("polarity accuracy %.2f (%d/%d)", matched == 0 ? 1.0 : (double) polarityRight / matched,
        polarityRight, matched));
    details.addAll(actorDirections(goldFolder, results));
    return Optional.of(new FileScore(TONE_FILE, new Score(matched, falseAlarms.size(), misses.size()), details,
        misses, falseAlarms));
  }

  /** "actor direction 6/7" followed by one line per disagreement; empty when the folder has no actors.tsv. */
  static List<String> actorDirections(Path goldFolder, Map<String, AnalysisResult> results) {
    Optional<GoldFile> gold = GoldFile.readIfPresent(goldFolder, ACTORS_FILE, List.of("outlet", "actor", "direction"));
    if (gold.isEmpty()) {
      return List.of();
    }
    Table actors = sheet(results, "Actors").orElse(null);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (GoldFile.Row row : gold.get().rows()) {
      String direction = row.get("direction");
      if (!direction.equals("pos") && !direction.equals("neg")) {
        continue;
      }
      checked++;
      String got = direction(actors, row.get("actor"), row.get("outlet"));
      if (!got.equals(direction)) {
        wrong.add("actor " + row.get("actor") + " in " + row.get("outlet") + ": expected " + direction + ", found "
            + got + " (actors.tsv line " + row.line() + ")");
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("actor direction " + (checked - wrong.size()) + "/" + checked);
    lines.addAll(wrong);
    return lines;
  }

  /** pos, neg or neutral from the sign of the actor's tone; "absent" when the sheet has no such row or column. */
  static String direction(Table actors, String actor, String outlet) {
    String column = outlet + " tone";
    if (actors == null || !actors.columnNames().contains(column)) {
      return "absent";
    }
    for (int i = 0; i < actors.rowCount(); i++) {
      if (actors.stringColumn("Actor").get(i).equals(actor)) {
        double tone = actors.doubleColumn(column).get(i);
        return tone > 0 ? "pos" : tone < 0 ? "neg" : "neutral";
      }
    }
    return "absent";
  }

  private record Found(String polarity, String sentence) {
  }

  private static Map<String, Found> found(Map<String, AnalysisResult> results) {
    Map<String, Found> found = new LinkedHashMap<>();
    sheet(results, "Tone").ifPresent(t -> {
      for (int i = 0; i < t.rowCount(); i++) {
        found.putIfAbsent(key(t.stringColumn("Outlet").get(i), t.stringColumn("Word").get(i)),
            new Found(t.stringColumn("Polarity").get(i), t.stringColumn("Sentence").get(i)));
      }
    });
    return found;
  }

  private static Optional<Table> sheet(Map<String, AnalysisResult> results, String name) {
    return Optional.ofNullable(results.get(ANALYZER)).flatMap(r -> r.sheets().stream()
        .filter(s -> s.name().equals(name)).map(ResultSheet::table).findFirst());
  }

  private static String key(String outlet, String words) {
    return outlet + " | " + GoldText.normalise(words);
  }
}
