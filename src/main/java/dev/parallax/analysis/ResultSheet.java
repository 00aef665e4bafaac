package dev.parallax.analysis;

import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * A detail table, written as one sheet named after the table.
 *
 * @param description one line for the About sheet: what a row is
 * @param formats optional display format per numeric column
 */
public record ResultSheet(Table table, String description, Map<String, Figure.Format> formats) {

  public ResultSheet {
    formats = Map.copyOf(formats);
  }

  public ResultSheet(Table table, String description) {
    this(table, description, Map.of());
  }

  public String name() {
    return table.name();
  }
}
