package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
  public static final String POLARITY = "polarity accuracy";
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
    Map<String, GoldFile.Row> expected = new LinkedHashMap<>();
    gold.rows().forEach(r -> expected.putIfAbsent(key(r.get("outlet"), r.get("word_or_phrase")), r));
    Map<String, Found> found = found(results);
    Tally tally = new Tally();
    tally.attribute(POLARITY);
    List<String> misses = new ArrayList<>();
    Set<String> explained = new HashSet<>();
    for (Map.Entry<String, GoldFile.Row> e : expected.entrySet()) {
      String outlet = e.getValue().get("outlet");
      String language = FoundRows.languageOf(story, outlet);
      List<String> hits = found.keySet().stream().filter(f -> sameWords(e.getKey(), f)).toList();
      explained.addAll(hits);
      if (hits.isEmpty()) {
        tally.miss(language);
        misses.add(e.getKey() + " (" + e.getValue().get("polarity") + ")");
      } else {
        tally.hit(language);
        tally.agreement(POLARITY, language, found.get(hits.get(0)).polarity().equals(e.getValue().get("polarity")));
      }
    }
    List<String> falseAlarms = new ArrayList<>();
    found.forEach((key, hit) -> {
      if (!explained.contains(key)) {
        tally.falseAlarm(FoundRows.languageOf(story, hit.outlet()));
        falseAlarms.add(key + " (" + hit.polarity() + ") in " + hit.sentence());
      }
    });
    return Optional.of(tally.fileScore(TONE_FILE, actorDirections(goldFolder, results), misses, falseAlarms));
  }

  /**
   * A found word matches a gold phrase of the same outlet when one holds the other as whole words (gold "soutien
   * indéfectible" is matched by a found "indéfectible"), as gold-format.md says.
   */
  static boolean sameWords(String goldKey, String foundKey) {
    String[] gold = goldKey.split(" \\| ", 2);
    String[] found = foundKey.split(" \\| ", 2);
    if (!gold[0].equals(found[0])) {
      return false;
    }
    String a = " " + gold[1] + " ";
    String b = " " + found[1] + " ";
    return !a.isBlank() && !b.isBlank() && (a.contains(b) || b.contains(a));
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

  private record Found(String outlet, String polarity, String sentence) {
  }

  private static Map<String, Found> found(Map<String, AnalysisResult> results) {
    Map<String, Found> found = new LinkedHashMap<>();
    sheet(results, "Tone").ifPresent(t -> {
      for (int i = 0; i < t.rowCount(); i++) {
        found.putIfAbsent(key(t.stringColumn("Outlet").get(i), t.stringColumn("Word").get(i)),
            new Found(t.stringColumn("Outlet").get(i), t.stringColumn("Polarity").get(i),
                t.stringColumn("Sentence").get(i)));
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
