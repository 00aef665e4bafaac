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
  public static final String SPEAKER = "speaker accuracy";
  public static final String SOURCE_TYPE = "source-type accuracy";
  public static final String KIND = "direct/indirect accuracy";
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
      FoundRows.requireOneOf(gold, row, "source_type", SOURCE_TYPES);
      FoundRows.requireOneOf(gold, row, "direct", Set.of("yes", "no"));
    }
    FoundRows found = new FoundRows(story, results, AttributionAnalyzer.ID, AttributionAnalyzer.SHEET);
    boolean[] matched = new boolean[found.rows()];
    Tally tally = new Tally();
    List.of(SPEAKER, SOURCE_TYPE, KIND).forEach(tally::attribute);
    List<String> misses = new ArrayList<>();
    List<String> wrongSpeakers = new ArrayList<>();
    for (GoldFile.Row row : gold.rows()) {
      String language = found.language(row.get("outlet"));
      int match = -1;
      for (int i = 0; i < found.rows() && match < 0; i++) {
        if (!matched[i] && found.get(i, "Outlet").equals(row.get("outlet"))
            && GoldText.startsLike(found.get(i, "Quote"), row.get("quote_start"))) {
          match = i;
        }
      }
      if (match < 0) {
        tally.miss(language);
        misses.add(String.format("line %d: %s «%s» (%s, %s, %s) — %s", row.line(), row.get("outlet"),
            row.get("quote_start"), row.get("speaker"), row.get("source_type"), row.get("reporting_verb"),
            found.sentenceHolding(row.get("outlet"), row.get("quote_start"))));
        continue;
      }
      matched[match] = true;
      tally.hit(language);
      boolean speaker = found.sameSpeaker(row.get("speaker"), found.get(match, "Speaker"));
      tally.agreement(SPEAKER, language, speaker);
      tally.agreement(SOURCE_TYPE, language, row.get("source_type").equals(found.get(match, "Source type")));
      tally.agreement(KIND, language, row.get("direct").equals("yes") == found.get(match, "Kind").equals("direct"));
      if (!speaker) {
        wrongSpeakers.add(String.format("wrong speaker, line %d: %s «%s» gold %s, found %s", row.line(), row.get("outlet"),
            row.get("quote_start"), row.get("speaker"), found.get(match, "Speaker").isEmpty() ? "(none)"
                : found.get(match, "Speaker")));
      }
    }
    List<String> falseAlarms = new ArrayList<>();
    for (int i = 0; i < found.rows(); i++) {
      if (!matched[i]) {
        tally.falseAlarm(found.language(found.get(i, "Outlet")));
        falseAlarms.add(String.format("%s «%s» (%s, %s, %s) — %s", found.get(i, "Sentence"), found.get(i, "Quote"),
            found.get(i, "Speaker"), found.get(i, "Source type"), found.get(i, "Reporting verb"),
            found.sentenceText(found.get(i, "Sentence"))));
      }
    }
    return Optional.of(tally.fileScore(FILE, wrongSpeakers, misses, falseAlarms));
  }
}
