package dev.parallax.analysis.findings;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** The analyzers' tables, looked up by sheet name, as the finding rules read them. */
record Evidence(List<String> outlets, List<AnalysisResult> results) {

  Optional<Table> sheet(String name) {
    return results.stream().flatMap(r -> r.sheets().stream()).filter(s -> s.name().equals(name))
        .map(ResultSheet::table).findFirst();
  }

  /** The first sentence id of the outlet's rows in a sheet, or empty when it has none. */
  String firstSentence(String sheet, String outlet) {
    return sheet(sheet).filter(t -> t.columnNames().containsAll(List.of("Outlet", "Sentence")))
        .flatMap(t -> {
          for (int r = 0; r < t.rowCount(); r++) {
            if (t.stringColumn("Outlet").get(r).equals(outlet)) {
              return Optional.of(t.column("Sentence").getString(r));
            }
          }
          return Optional.empty();
        }).orElse("");
  }

  static boolean has(Table table, String... columns) {
    return table.columnNames().containsAll(List.of(columns));
  }
}
