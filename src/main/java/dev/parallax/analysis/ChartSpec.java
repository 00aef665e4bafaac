package dev.parallax.analysis;

import tech.tablesaw.api.Table;

/**
 * A chart the report should draw, as data: the report decides how it looks, the analyzer what it shows.
 *
 * <p>{@code data} is in long form with the string columns {@code Category} and {@code Outlet} and the double
 * column {@code Value}; a {@link Kind#MATRIX} also has a string column {@code Status}.
 *
 * @param name file name without extension, e.g. {@code coverage}
 * @param title what the chart shows, in words an analyst can paste under a slide title
 * @param sheet the sheet whose findings should headline the chart, or empty for any sheet of its analyzer
 */
public record ChartSpec(String name, String title, String categoryAxis, String valueAxis, Kind kind, Table data,
                        String sheet) {

  public ChartSpec(String name, String title, String categoryAxis, String valueAxis, Kind kind, Table data) {
    this(name, title, categoryAxis, valueAxis, kind, data, "");
  }

  public enum Kind {
    /** Bars grouped by category, one bar (and colour) per outlet. */
    GROUPED_BARS,
    /** One small panel per category, each with its own scale, one bar per outlet (for figures of unlike size). */
    SMALL_MULTIPLES,
    /** Horizontal bars either side of zero, one per outlet, for each category (e.g. tone per actor). */
    DIVERGING_BARS,
    /** Horizontal bars from zero, a row per category: long category names (sources) read whole down the side. */
    RANKED_BARS,
    /**
     * A mark per category × outlet cell, coloured by {@code Status} (e.g. facts: stated, attributed, hedged,
     * absent); categories run down the side (labelled {@code categoryAxis}), outlets across ({@code valueAxis}).
     */
    MATRIX
  }
}
