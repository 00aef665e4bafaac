package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.attribution.AttributionAnalyzer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the Attribution sheet against {@code quotes.tsv}: a gold line and a row match on outlet and the quote's
 * first five words; speaker, source type and kind (direct or not) are reported as accuracy over the matches.
 */
public final class QuotesScorer implements Scorer {
  public static final String FILE = "quotes.tsv";
  private static final List<String> COLUMNS =
      List.of("outlet", "quote_start", "speaker", "source_type", "reporting_verb", "direct");
  private static final Set<String> SOURCE_TYPES =
      Set.of("person", "institution", "document", "media", "anonymous", "none");

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
      Findings.requireOneOf(gold, row, "source_type", SOURCE_TYPES);
      Findings.requireOneOf(gold, row, "direct", Set.of("yes", "no"));
    }
    Findings found = new Findings(story, results, AttributionAnalyzer.ID, AttributionAnalyzer.SHEET);
    boolean[] matched = new boolean[found.rows()];
    List<String> misses = new ArrayList<>();
    int speakers = 0;
    int types = 0;
    int kinds = 0;
    int truePositives = 0;
    for (GoldFile.Row row : gold.rows()) {
      int match = -1;
      for (int i = 0; i < found.rows() && match < 0; i++) {
        if (!matched[i] && found.get(i, "Outlet").equals(row.get("outlet"))
            && GoldText.startsLike(found.get(i, "Quote"), row.get("quote_start"))) {
          match = i;
        }
      }
      if (match < 0) {
        misses.add(String.format("line %d: %s «%s» (%s, %s, %s) — %s", row.line(), row.get("outlet"),
            row.get("quote_start"), row.get("speaker"), row.get("source_type"), row.get("reporting_verb"),
            found.sentenceHolding(row.get("outlet"), row.get("quote_start"))));
        continue;
      }
      matched[match] = true;
      truePositives++;
      speakers += Findings.sameName(row.get("speaker"), found.get(match, "Speaker")) ? 1 : 0;
      types += row.get("source_type").equals(found.get(match, "Source type")) ? 1 : 0;
      kinds += (row.get("direct").equals("yes") == found.get(match, "Kind").equals("direct")) ? 1 : 0;
    }
    List<String> falseAlarms = new ArrayList<>();
    for (int i = 0; i < found.rows(); i++) {
      if (!matched[i]) {
        falseAlarms.add(String.format("%s «%s» (%s, %s, %s) — %s", found.get(i, "Sentence"), found.get(i, "Quote"),
            found.get(i, "Speaker"), found.get(i, "Source type"), found.get(i, "Reporting verb"),
            found.sentenceText(found.get(i, "Sentence"))));
      }
    }
    List<String> details = List.of(
        Findings.ratio("speaker accuracy", speakers, truePositives),
        Findings.ratio("source-type accuracy", types, truePositives),
        Findings.ratio("direct/indirect accuracy", kinds, truePositives));
    Score score = new Score(truePositives, falseAlarms.size(), misses.size());
    return Optional.of(new FileScore(FILE, score, details, misses, falseAlarms));
  }
}
