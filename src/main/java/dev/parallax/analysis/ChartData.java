package dev.parallax.analysis;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The long-form table a {@link ChartSpec} carries: Category, Outlet, Value (NaN: no value, drawn as no bar). */
public final class ChartData {
  private ChartData() {
  }

  public static Table create(String name) {
    return Table.create(name, StringColumn.create("Category"), StringColumn.create("Outlet"),
        DoubleColumn.create("Value"));
  }

  public static void add(Table table, String category, String outlet, double value) {
    table.stringColumn("Category").append(category);
    table.stringColumn("Outlet").append(outlet);
    table.doubleColumn("Value").append(value);
  }
}
