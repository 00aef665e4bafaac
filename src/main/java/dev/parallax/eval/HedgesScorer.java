package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.hedging.HedgingAnalyzer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the Hedging sheet against {@code hedges.tsv}: a gold line and a row match on outlet, the whole cue and the
 * first five words of the sentence; the category is reported as accuracy over the matches.
 */
public final class HedgesScorer implements Scorer {
  public static final String CATEGORY = "category accuracy";
  public static final String FILE = "hedges.tsv";
  private static final List<String> COLUMNS = List.of("outlet", "cue", "category", "sentence_start");
  private static final Set<String> CATEGORIES =
      Set.of("conditional", "modal", "epistemic", "evidential", "approximator");

  @Override
  public String fileName() {
    return FILE;
  }

  @Override
  public Optional<FileScore> score(Path goldFolder, ParsedStory story, Map<String, AnalysisResult> results) {
    Optional<GoldFile> present = GoldFile.readIfPresent(goldFolder, FILE, COLUMNS);
    if (present.isEmpty()) {
      return Optional.empty();
    }
    GoldFile gold = present.get();
    for (GoldFile.Row row : gold.rows()) {
      FoundRows.requireOneOf(gold, row, "category", CATEGORIES);
    }
    FoundRows found = new FoundRows(story, results, HedgingAnalyzer.ID, HedgingAnalyzer.SHEET);
    boolean[] matched = new boolean[found.rows()];
    Tally tally = new Tally();
    tally.attribute(CATEGORY);
    List<String> misses = new ArrayList<>();
    for (GoldFile.Row row : gold.rows()) {
      String language = found.language(row.get("outlet"));
      int match = -1;
      for (int i = 0; i < found.rows() && match < 0; i++) {
        if (!matched[i] && found.get(i, "Outlet").equals(row.get("outlet"))
            && GoldText.normalise(found.get(i, "Cue")).equals(GoldText.normalise(row.get("cue")))
            && (GoldText.startsLike(found.get(i, "Text"), row.get("sentence_start"))
                || GoldText.startsLike(found.writtenText(found.get(i, "Sentence")), row.get("sentence_start")))) {
          match = i;
        }
      }
      if (match < 0) {
        tally.miss(language);
        misses.add(String.format("line %d: %s \"%s\" (%s) — %s", row.line(), row.get("outlet"), row.get("cue"),
            row.get("category"), found.sentenceHolding(row.get("outlet"), row.get("sentence_start"))));
        continue;
      }
      matched[match] = true;
      tally.hit(language);
      tally.agreement(CATEGORY, language, row.get("category").equals(found.get(match, "Category")));
    }
    List<String> falseAlarms = new ArrayList<>();
    for (int i = 0; i < found.rows(); i++) {
      if (!matched[i]) {
        tally.falseAlarm(found.language(found.get(i, "Outlet")));
        falseAlarms.add(String.format("%s \"%s\" (%s, %s) — %s", found.get(i, "Sentence"), found.get(i, "Cue"),
            found.get(i, "Category"), found.get(i, "Voice"), found.get(i, "Text")));
      }
    }
    return Optional.of(tally.fileScore(FILE, List.of(), misses, falseAlarms));
  }
}
