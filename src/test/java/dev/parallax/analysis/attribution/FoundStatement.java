package dev.parallax.analysis.attribution;

import dev.parallax.text.ParsedStory;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/** A row of the Attribution sheet as the rule tests check it: the quote, its speaker and source type, verb and kind. */
record FoundStatement(String quote, String speaker, String type, String verb, boolean direct) {

  static List<FoundStatement> in(ParsedStory story) {
    Table table = new AttributionAnalyzer().analyze(story).sheets().get(0).table();
    return IntStream.range(0, table.rowCount()).mapToObj(i -> new FoundStatement(table.stringColumn("Quote").get(i),
        table.stringColumn("Speaker").get(i), table.stringColumn("Source type").get(i),
        table.stringColumn("Reporting verb").get(i), table.stringColumn("Kind").get(i).equals("direct"))).toList();
  }
}
