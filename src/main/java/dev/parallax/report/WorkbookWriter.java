package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.SentenceColumn;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticlePart;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a story's workbook: Summary, Articles, Sentences, one sheet per analyzer table, About. Every figure and
 * every evidence row links to the rows or sentence behind it.
 */
public final class WorkbookWriter {
  static final String SUMMARY = "Summary";
  static final String ARTICLES = "Articles";
  static final String SENTENCES = "Sentences";
  static final String ABOUT = "About";
  /** A column naming the sheet that holds a row's full evidence; its cells link there. */
  static final String EVIDENCE_SHEET = "Evidence sheet";
  private static final int ROWS_IN_MEMORY = 200;

  /** Writes the workbook to a temporary file of the run's outputs, moved into place when the run commits. */
  public void write(StoryReport report, Path target, OutputTransaction outputs) {
    outputs.write(target, out -> write(report, out));
  }

  void write(StoryReport report, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new StreamingWorkbook(ROWS_IN_MEMORY);
    try {
      Layout layout = new Layout(report);
      Styles styles = new Styles(workbook);
      SheetWriter writer = new SheetWriter(workbook, styles);
      Blocs blocs = new Blocs(report.story());
      List<String> outlets = report.story().outlets();
      resultSheet(report.findings(), layout, writer, blocs, outlets);
      summary(report, layout, writer, blocs);
      articles(report, writer);
      sentences(report, layout, writer);
      for (AnalysisResult result : report.results()) {
        for (ResultSheet sheet : result.sheets()) {
          resultSheet(sheet, layout, writer, blocs, outlets);
        }
      }
      new NativeCharts(workbook, new Palette(report.story().outlets()), styles).write(report.results());
      new AboutSheet(report).write(writer);
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void summary(StoryReport report, Layout layout, SheetWriter writer, Blocs blocs) {
    Map<String, Map<String, Figure>> byName = new LinkedHashMap<>();
    for (AnalysisResult result : report.results()) {
      for (Figure figure : result.figures()) {
        byName.computeIfAbsent(figure.name(), n -> new HashMap<>()).put(figure.outlet(), figure);
      }
    }
    List<String> headers = new ArrayList<>(List.of("Outlet"));
    if (blocs.any()) {
      headers.add(Blocs.COLUMN);
    }
    headers.addAll(byName.keySet());
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (String outlet : report.story().outlets()) {
      List<SheetWriter.Value> row = new ArrayList<>();
      row.add(SheetWriter.Value.of(outlet));
      if (blocs.any()) {
        row.add(SheetWriter.Value.of(blocs.of(outlet)));
      }
      for (Map<String, Figure> figures : byName.values()) {
        Figure figure = figures.get(outlet);
        row.add(figure == null ? SheetWriter.Value.of(null)
            : SheetWriter.Value.linked(figure.value(), layout.evidence(figure.evidenceSheet(), outlet))
                .withFormat(figure.format()));
      }
      rows.add(row);
    }
    rows.addAll(blocs.summaryRows(byName));
    writer.write(SUMMARY, headers, rows, 1);
  }

  private static void articles(StoryReport report, SheetWriter writer) {
    boolean profiles = report.story().directory().source().isPresent();
    boolean severalFiles = report.story().articles().stream().anyMatch(a -> a.files().size() > 1);
    List<String> headers = new ArrayList<>(List.of("Outlet"));
    if (severalFiles) {
      headers.add("Article");
    }
    if (profiles) {
      headers.addAll(List.of("Country", "Owner", "Kind", Blocs.COLUMN));
    }
    headers.addAll(List.of("Title", "Author", "Wire", "Date", "URL", "Language", "Words",
        "Sentences", "Stripped from the body", "File"));
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (ParsedArticle parsed : report.story().articles()) {
      for (ArticlePart part : parsed.files()) {
        List<SheetWriter.Value> row = new ArrayList<>(List.of(SheetWriter.Value.of(parsed.outlet())));
        if (severalFiles) {
          row.add(SheetWriter.Value.of(part.id()));
        }
        if (profiles) {
          OutletProfile profile = report.story().directory().profile(parsed.outlet());
          row.addAll(List.of(SheetWriter.Value.of(profile.country()), SheetWriter.Value.of(profile.owner()),
              SheetWriter.Value.of(profile.kindLabel()), SheetWriter.Value.of(profile.bloc())));
        }
        row.addAll(fileColumns(parsed, part));
        rows.add(row);
      }
    }
    writer.write(ARTICLES, headers, rows);
  }

  /** Title to file name of one file of the article: an outlet with several files has a row for each. */
  private static List<SheetWriter.Value> fileColumns(ParsedArticle parsed, ArticlePart part) {
    Article article = part.article();
    var url = article.metadata().url();
    List<Sentence> sentences = parsed.sentencesOf(part);
    return List.of(
        SheetWriter.Value.of(article.title()),
        SheetWriter.Value.of(article.author()),
        SheetWriter.Value.of(String.join(", ", article.wires())),
        SheetWriter.Value.of(article.metadata().date().map(Object::toString).orElse("")),
        url.map(u -> SheetWriter.Value.linked(u, u)).orElse(SheetWriter.Value.of("")),
        SheetWriter.Value.of(parsed.language().code() + (parsed.languageNote().isPresent()
            ? " (detected, unsure: see About)" : parsed.languageDetected() ? " (detected)" : "")),
        SheetWriter.Value.of(sentences.stream().mapToInt(Sentence::wordCount).sum()),
        SheetWriter.Value.of(sentences.size()),
        SheetWriter.Value.of(String.join("; ", article.stripped().stream().map(Object::toString).toList())),
        SheetWriter.Value.of(article.file().getFileName().toString()));
  }

  private static void sentences(StoryReport report, Layout layout, SheetWriter writer) {
    List<SentenceColumn> extra = report.results().stream().flatMap(r -> r.sentenceColumns().stream()).toList();
    List<String> headers = new ArrayList<>(List.of("Sentence", "Outlet", "Paragraph", "Start", "End", "Text"));
    extra.forEach(column -> headers.add(column.name()));
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (ParsedArticle article : report.story().articles()) {
      for (Sentence sentence : article.sentences()) {
        // An outlet's second file: paragraph and offsets counted in that file, as the analyst opens it.
        var part = article.article().partAt(sentence.start());
        List<SheetWriter.Value> row = new ArrayList<>(List.of(
            SheetWriter.Value.of(sentence.id()), SheetWriter.Value.of(sentence.outlet()),
            SheetWriter.Value.of(sentence.paragraph() - part.paragraphsBefore()),
            SheetWriter.Value.of(sentence.start() - part.start()),
            SheetWriter.Value.of(sentence.end() - part.start()), SheetWriter.Value.of(sentence.text())));
        extra.forEach(column -> row.add(SheetWriter.Value.of(column.values().get(sentence.id()))));
        rows.add(row);
      }
    }
    writer.write(SENTENCES, headers, rows);
  }

  private static void resultSheet(ResultSheet sheet, Layout layout, SheetWriter writer, Blocs blocs,
      List<String> outlets) {
    Table table = sheet.table();
    List<String> headers = new ArrayList<>(table.columnNames());
    boolean blocColumn = blocs.any() && headers.contains("Outlet") && !headers.contains(Blocs.COLUMN);
    if (blocColumn) {
      headers.add(headers.indexOf("Outlet") + 1, Blocs.COLUMN);
    }
    List<List<SheetWriter.Value>> rows = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      List<SheetWriter.Value> row = new ArrayList<>(headers.size());
      for (Column<?> column : table.columns()) {
        Object content = column.isMissing(r) ? null : column.get(r);
        String name = column.name();
        Optional<String> link = content == null || content.toString().isEmpty() ? Optional.empty()
            : isSentenceColumn(name) ? layout.sentence(content.toString())
            : name.equals(EVIDENCE_SHEET) ? Optional.of(layout.evidence(content.toString(), outletOf(table, r),
                evidenceRowOf(table, r)))
            : Optional.empty();
        SheetWriter.Value value = link.map(l -> SheetWriter.Value.linked(content, l))
            .orElse(SheetWriter.Value.of(content));
        Figure.Format format = sheet.formats().get(name);
        row.add(format == null ? value : value.withFormat(format));
        if (blocColumn && name.equals("Outlet")) {
          row.add(SheetWriter.Value.of(blocs.ofCell(content == null ? "" : content.toString())));
        }
      }
      rows.add(row);
    }
    writer.write(sheet.name(), headers, rows, keyColumns(headers, outlets));
  }

  /**
   * The columns before a sheet's first outlet column ("Fact", "Summary" before "maliweb.net", "maliweb.net
   * sentence"…; "Actor" before "maliweb.net mentions"): the row's key, frozen with the header so that it stays in
   * sight in a sheet one column group per outlet wide. None for a sheet with an Outlet column.
   */
  static int keyColumns(List<String> headers, List<String> outlets) {
    for (int c = 0; c < headers.size(); c++) {
      String header = headers.get(c);
      if (outlets.stream().anyMatch(o -> header.equals(o) || header.startsWith(o + " "))) {
        return c;
      }
    }
    return 0;
  }

  private static String outletOf(Table table, int row) {
    return table.columnNames().contains("Outlet") ? table.stringColumn("Outlet").get(row) : "";
  }

  private static String evidenceRowOf(Table table, int row) {
    return table.columnNames().contains(Findings.EVIDENCE_ROW) ? table.stringColumn(Findings.EVIDENCE_ROW).get(row)
        : "";
  }

  static boolean isSentenceColumn(String name) {
    return name.equals("Sentence") || name.endsWith(" sentence");
  }

}
