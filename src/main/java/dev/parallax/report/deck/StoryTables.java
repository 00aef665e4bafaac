package dev.parallax.report.deck;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.report.StoryReport;
import dev.parallax.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** A story's report as the deck reads it: the analyzers' sheets by name, the sentences by id, the figures. */
final class StoryTables {
  private final StoryReport report;
  private final Map<String, Sentence> sentences = new HashMap<>();

  StoryTables(StoryReport report) {
    this.report = report;
    report.story().sentences().forEach(s -> sentences.put(s.id(), s));
  }

  StoryReport report() {
    return report;
  }

  List<String> outlets() {
    return report.story().outlets();
  }

  Optional<Table> sheet(String name) {
    return report.results().stream().flatMap(r -> r.sheets().stream()).filter(s -> s.name().equals(name))
        .map(ResultSheet::table).findFirst();
  }

  Optional<Sentence> sentence(String id) {
    return Optional.ofNullable(sentences.get(id));
  }

  String words(String sentenceId) {
    return sentence(sentenceId).map(Sentence::text).orElse("");
  }

  List<Sentence> sentencesOf(String outlet) {
    return report.story().articles().stream().filter(a -> a.outlet().equals(outlet))
        .flatMap(a -> a.sentences().stream()).toList();
  }

  List<Figure> figures() {
    return report.results().stream().map(AnalysisResult::figures).flatMap(List::stream).toList();
  }

  /** The cell as text, empty when the table has no such column or the cell is missing. */
  static String cell(Table table, int row, String column) {
    return table.columnNames().contains(column) ? table.column(column).getString(row) : "";
  }

  /** The cell as a number, NaN when missing or not a number. */
  static double number(Table table, int row, String column) {
    if (!table.columnNames().contains(column)) {
      return Double.NaN;
    }
    Object value = table.column(column).get(row);
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
