package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Where things land in the workbook: the row of each sentence, the first row of each outlet in each sheet. */
final class Layout {
  private final Map<String, Integer> sentenceRows = new HashMap<>();
  private final Map<String, Map<String, Integer>> firstRowOfOutlet = new HashMap<>();
  private final Map<String, Map<String, Integer>> rowOfKey = new HashMap<>();

  Layout(StoryReport report) {
    List<Sentence> sentences = report.story().sentences();
    Map<String, Integer> sentenceOutletRows = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      sentenceRows.put(sentences.get(i).id(), i + 1);
      sentenceOutletRows.putIfAbsent(sentences.get(i).outlet(), i + 1);
    }
    firstRowOfOutlet.put(WorkbookWriter.SENTENCES, sentenceOutletRows);
    for (AnalysisResult result : report.results()) {
      for (ResultSheet sheet : result.sheets()) {
        firstRowOfOutlet.put(sheet.name(), outletRows(sheet.table()));
        rowOfKey.put(sheet.name(), keyRows(sheet.table()));
      }
    }
    firstRowOfOutlet.put(report.findings().name(), outletRows(report.findings().table()));
  }

  Optional<String> sentence(String id) {
    return Optional.ofNullable(sentenceRows.get(id))
        .map(row -> SheetWriter.address(WorkbookWriter.SENTENCES, row, 0));
  }

  /** A link to the first evidence row of the outlet in that sheet, or to the sheet's top when it has none. */
  String evidence(String sheet, String outlet) {
    if (sheet == null || sheet.isEmpty() || !firstRowOfOutlet.containsKey(sheet)) {
      return SheetWriter.address(WorkbookWriter.ARTICLES, 0, 0);
    }
    int row = firstRowOfOutlet.get(sheet).getOrDefault(outlet, 0);
    return SheetWriter.address(sheet, row, 0);
  }

  /**
   * A link to the row a finding is about: the row whose first cell (a fact id, an actor) or whose Sentence cell is
   * the key; else the first row of the first outlet named (an Outlet cell may name several, comma-separated).
   */
  String evidence(String sheet, String outlets, String key) {
    if (key != null && !key.isEmpty()) {
      if (sheet.equals(WorkbookWriter.SENTENCES) && sentenceRows.containsKey(key)) {
        return SheetWriter.address(sheet, sentenceRows.get(key), 0);
      }
      Integer row = rowOfKey.getOrDefault(sheet, Map.of()).get(key);
      if (row != null) {
        return SheetWriter.address(sheet, row, 0);
      }
    }
    int comma = outlets.indexOf(", ");
    return evidence(sheet, comma < 0 ? outlets : outlets.substring(0, comma));
  }

  private static Map<String, Integer> keyRows(Table table) {
    Map<String, Integer> rows = new HashMap<>();
    if (table.columnCount() == 0) {
      return rows;
    }
    boolean sentences = table.columnNames().contains("Sentence");
    for (int r = 0; r < table.rowCount(); r++) {
      rows.putIfAbsent(table.column(0).getString(r), r + 1);
      if (sentences) {
        rows.putIfAbsent(table.column("Sentence").getString(r), r + 1);
      }
    }
    return rows;
  }

  private static Map<String, Integer> outletRows(Table table) {
    Map<String, Integer> rows = new HashMap<>();
    if (table.columnNames().contains("Outlet")) {
      var outlets = table.stringColumn("Outlet");
      for (int r = 0; r < table.rowCount(); r++) {
        rows.putIfAbsent(outlets.get(r), r + 1);
      }
      return rows;
    }
    // A sheet with one column per outlet (Facts): the first row where that outlet's cell says something.
    for (String column : table.columnNames()) {
      for (int r = 0; r < table.rowCount(); r++) {
        String value = table.column(column).getString(r);
        if (!value.isEmpty() && !value.equals("absent")) {
          rows.putIfAbsent(column, r + 1);
          break;
        }
      }
    }
    return rows;
  }
}
