package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.ParsedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The About sheet: what produced the workbook, how each sheet reads, method notes and every word list used. */
final class AboutSheet {
  private final StoryReport report;
  private final List<List<SheetWriter.Value>> rows = new ArrayList<>();

  AboutSheet(StoryReport report) {
    this.report = report;
  }

  void write(SheetWriter writer) {
    run();
    sheets();
    for (AnalysisResult result : report.results()) {
      result.methodNotes().forEach(note -> add("Method", result.analyzerId(), note));
    }
    lexicons();
    LanguageSection.rows(report).forEach(row -> add(LanguageSection.SECTION, row.item(), row.detail()));
    writer.write(WorkbookWriter.ABOUT, List.of("Section", "Item", "Detail"), rows);
  }

  private void run() {
    add("Run", "Parallax version", report.version());
    add("Run", "Corpus", report.corpus());
    add("Run", "Story", report.story().name());
    add("Run", "Run at", report.runAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    add("Run", "Analyzers", String.join(", ", report.results().stream().map(AnalysisResult::analyzerId).toList()));
    for (ParsedArticle article : report.story().articles()) {
      add("Run", "Language of " + article.outlet(), article.language().name()
          + (article.languageDetected() ? " (detected by OpenNLP langdetect)" : " (from the front matter)"));
    }
  }

  private void sheets() {
    add("Sheet", report.findings().name(), report.findings().description());
    add("Sheet", WorkbookWriter.SUMMARY, "One row per outlet with the headline figures; each figure links to the "
        + "first row of its evidence for that outlet.");
    add("Sheet", WorkbookWriter.ARTICLES, "One row per article: metadata, the wire agency "
        + "its text credits as its source (Wire, empty for none), size, and the lines kept out of the analysed body "
        + "(title, byline, boilerplate, wire and photo credits, the lead's dateline).");
    add("Sheet", WorkbookWriter.SENTENCES, "One row per sentence of the analysed bodies, with its stable id "
        + "<outlet>#<n>, paragraph, character offsets into the article file (after front matter, BOM and line "
        + "ends are normalised) and the analyzers' per-sentence columns.");
    for (AnalysisResult result : report.results()) {
      for (ResultSheet sheet : result.sheets()) {
        add("Sheet", sheet.name(), sheet.description());
      }
    }
    add("Sheet", NativeCharts.SHEET, "The bar charts drawn natively in the workbook, each beside the data it "
        + "plots (one row per outlet, one column per category), in the same outlet colours and hatches as the PNG "
        + "charts and with the same \"others\" bar where bars would be too thin.");
    add("Sheet", WorkbookWriter.ABOUT, "This sheet.");
  }

  private void lexicons() {
    LexiconRows.ROWS.forEach((path, detail) -> add("Lexicon", path, detail));
  }

  /** Every shipped word list with its size, source and licence: the same for every workbook of the run. */
  private static final class LexiconRows {
    static final Map<String, String> ROWS = rows();

    private static Map<String, String> rows() {
      Map<String, String> rows = new LinkedHashMap<>();
      for (String path : Lexicon.allPaths()) {
        Lexicon.catalogued(path).ifPresent(lexicon -> rows.put(path, lexicon.entries().size() + " entries. "
            + lexicon.provenance()));
      }
      return Collections.unmodifiableMap(rows);
    }
  }

  private void add(String section, String item, String detail) {
    rows.add(List.of(SheetWriter.Value.of(section), SheetWriter.Value.of(item), SheetWriter.Value.of(detail)));
  }
}
