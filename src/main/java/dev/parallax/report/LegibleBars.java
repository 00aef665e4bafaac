package dev.parallax.report;

import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * A bar chart's data with no bar thinner than {@link #MIN_BAR} pixels of a 1600×900 chart: an outlet with no value
 * at all in the chart draws no bar and takes no room; when the others would still leave each bar too thin, the
 * outlets with the largest values (summed over the categories, in absolute value; then the most values) keep their
 * bars and the rest become one bar, "others", their mean. The PNG and the native charts draw the same data.
 *
 * <p>Blocs (groups of outlets the analyst names) would be the better grouping where the story has them; this is the
 * place to plug them in.
 */
final class LegibleBars {
  /** The thinnest bar drawn, in pixels of the 1600×900 chart. */
  static final double MIN_BAR = 12;
  /**
   * The room the bars of a grouped chart share along its category axis, in pixels: about 1,440 of plot width, less
   * JFreeChart's margins (5% at each end, 20% between categories) and 5% between bars.
   */
  private static final double ACROSS = 1440 * 0.7 * 0.93;
  /** The same for horizontal bars, which share the chart's height under its titles and legend. */
  private static final double DOWN = 520 * 0.8;

  /** The data to draw, and the outlets it draws as one "others" bar (none when every outlet keeps its bar). */
  record Bars(Table data, List<String> grouped, String othersLabel) {
    boolean hasOthers() {
      return !grouped.isEmpty();
    }
  }

  private LegibleBars() {
  }

  /** At most this many outlet bars per category keep each bar at least {@link #MIN_BAR} wide. */
  static int room(ChartSpec.Kind kind, int categories) {
    double along = kind == ChartSpec.Kind.GROUPED_BARS ? ACROSS : DOWN;
    int perCategory = kind == ChartSpec.Kind.SMALL_MULTIPLES ? 1 : Math.max(1, categories);
    return Math.max(2, (int) Math.floor(along / perCategory / MIN_BAR));
  }

  /** The width of each bar when this many bars share the chart's category axis, in pixels of the 1600×900 chart. */
  static double width(ChartSpec.Kind kind, int bars) {
    return (kind == ChartSpec.Kind.GROUPED_BARS ? ACROSS : DOWN) / Math.max(1, bars);
  }

  static Bars of(ChartSpec spec) {
    return of(spec.data(), room(spec.kind(), distinct(spec.data(), "Category").size()));
  }

  static Bars of(Table data, int room) {
    Map<String, Double> weight = new HashMap<>();
    Map<String, Integer> values = new HashMap<>();
    for (int r = 0; r < data.rowCount(); r++) {
      double value = data.doubleColumn("Value").getDouble(r);
      if (!Double.isNaN(value)) {
        weight.merge(data.stringColumn("Outlet").get(r), Math.abs(value), Double::sum);
        values.merge(data.stringColumn("Outlet").get(r), 1, Integer::sum);
      }
    }
    List<String> drawn = distinct(data, "Outlet").stream().filter(weight::containsKey).toList();
    if (drawn.size() <= room) {
      return new Bars(only(data, Set.copyOf(drawn)), List.of(), "");
    }
    List<String> byWeight = new ArrayList<>(drawn);
    // Ties (a neutral tone of 0 weighs nothing) go to the outlet with more values in the chart.
    byWeight.sort(Comparator.comparingDouble((String o) -> -weight.get(o)).thenComparingInt(o -> -values.get(o)));
    Set<String> kept = Set.copyOf(byWeight.subList(0, room - 1));
    List<String> grouped = drawn.stream().filter(o -> !kept.contains(o)).toList();
    String label = "others (mean of " + grouped.size() + ")";
    Table shown = only(data, kept);
    Map<String, double[]> others = new java.util.LinkedHashMap<>();
    for (int r = 0; r < data.rowCount(); r++) {
      double value = data.doubleColumn("Value").getDouble(r);
      if (!kept.contains(data.stringColumn("Outlet").get(r)) && !Double.isNaN(value)) {
        double[] sum = others.computeIfAbsent(data.stringColumn("Category").get(r), c -> new double[2]);
        sum[0] += value;
        sum[1]++;
      }
    }
    others.forEach((category, sum) -> ChartData.add(shown, category, label, sum[0] / sum[1]));
    return new Bars(shown, grouped, label);
  }

  private static Table only(Table data, Set<String> outlets) {
    return data.where(data.stringColumn("Outlet").isIn(outlets));
  }

  private static LinkedHashSet<String> distinct(Table data, String column) {
    return new LinkedHashSet<>(data.stringColumn(column).asList());
  }
}
