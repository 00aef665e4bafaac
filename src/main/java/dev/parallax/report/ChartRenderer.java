package dev.parallax.report;

import com.pngencoder.PngEncoder;
import dev.parallax.analysis.ChartSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Draws a {@link ChartSpec} with JFreeChart as a PNG sized for a slide, in the run's outlet palette. */
public final class ChartRenderer {
  public static final int WIDTH = 1600;
  public static final int HEIGHT = 900;
  static final String FONT = "DejaVu Sans";
  /** The smallest type of a headline, in points of the 1600×900 chart: a longer one is shortened to fit. */
  static final int SMALLEST_HEADLINE = 22;
  private static final int PNG_LEVEL = 3;
  static final int TITLE_LINES = 2;
  private static final Map<String, Color> STATUS_COLOURS = Map.of(
      "stated", new Color(0x0072B2), "attributed", new Color(0xE69F00),
      "hedged", new Color(0xCC79A7), "absent", new Color(0xD9D9D9));

  private static final List<String> STATUS_ORDER = List.of("stated", "attributed", "hedged", "absent");

  /** The narrowest bar, in pixels, on which a figure written upwards does not overlap its neighbour's. */
  static final double ROTATED_LABEL = 18;

  /** The most facts one picture of the fact matrix labels; more are drawn over several pictures. */
  static final int MATRIX_ROWS = 30;

  private final Palette palette;
  private final ShortNames names;

  public ChartRenderer(Palette palette, List<String> outlets) {
    this.palette = palette;
    this.names = new ShortNames(outlets);
  }

  /** An outlet as a key of a chart's dataset: drawn under its short name, coloured by its full one. */
  record OutletKey(String outlet, String shown) implements Comparable<OutletKey> {
    @Override
    public String toString() {
      return shown;
    }

    @Override
    public int compareTo(OutletKey other) {
      return outlet.compareTo(other.outlet);
    }
  }

  private OutletKey key(String outlet, LegibleBars.Bars bars) {
    return new OutletKey(outlet, outlet.equals(bars.othersLabel()) ? outlet : names.of(outlet));
  }

  private java.awt.Paint paint(OutletKey key, LegibleBars.Bars bars) {
    return key.outlet().equals(bars.othersLabel()) ? Palette.OTHERS : palette.paint(key.outlet());
  }

  /**
   * The PNG bytes of the chart, drawn at 1600×900 points and scaled (1 or 2) for sharper slides. With a headline
   * (a finding), the headline is the title and the chart's description its subtitle.
   */
  public byte[] png(ChartSpec spec, Optional<String> headline, int scale) {
    return draw(chart(spec, headline), WIDTH, HEIGHT, scale);
  }

  /** The chart drawn on a {@code width}×{@code height} canvas at {@code scale} pixels a point, as PNG bytes. */
  static byte[] draw(JFreeChart chart, int width, int height, int scale) {
    BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.scale(scale, scale);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return encode(image);
  }

  /**
   * The chart, headed by the headline (or its own title) in at most {@link #TITLE_LINES} lines, and with a headline,
   * its title below in at most as many: a finding that lists sixty outlets must not push the chart off the picture.
   */
  JFreeChart chart(ChartSpec spec, Optional<String> headline) {
    LegibleBars.Bars bars = spec.kind() == ChartSpec.Kind.MATRIX ? new LegibleBars.Bars(spec.data(), List.of(), "")
        : LegibleBars.of(spec);
    JFreeChart chart = switch (spec.kind()) {
      case GROUPED_BARS -> bars(spec, bars, PlotOrientation.VERTICAL);
      case DIVERGING_BARS -> diverging(spec, bars);
      case RANKED_BARS -> bars(spec, bars, PlotOrientation.HORIZONTAL);
      case SMALL_MULTIPLES -> smallMultiples(bars);
      case MATRIX -> matrix(spec);
    };
    style(chart, headline.orElse(spec.title()));
    note(chart, bars);
    headline.ifPresent(h -> {
      TextTitle subtitle = new TextTitle(spec.title(), new Font(FONT, Font.PLAIN, 22));
      subtitle.setPaint(Color.DARK_GRAY);
      subtitle.setMargin(0, 8, 12, 8);
      subtitle.setMaximumLinesToDisplay(TITLE_LINES);
      chart.addSubtitle(0, subtitle);
    });
    return chart;
  }

  /**
   * PNG bytes of a drawn chart. pngencoder at zlib level 3 without row filters takes about a third of ImageIO's time
   * for a 1600×900 chart (9 against 27 ms here), for files about a fifth larger; the charts are the tail of a
   * one-story run.
   */
  static byte[] encode(BufferedImage image) {
    return new PngEncoder().withBufferedImage(image).withCompressionLevel(PNG_LEVEL)
        .withMultiThreadedCompressionEnabled(false).withPredictorEncoding(false).toBytes();
  }

  /**
   * Under the chart, in small type: the rule that shortened the outlets' names (and the full name of any cut), and
   * which outlets the "others" bar stands for.
   */
  private void note(JFreeChart chart, LegibleBars.Bars bars) {
    List<String> lines = new ArrayList<>();
    if (bars.hasOthers()) {
      lines.add(bars.othersLabel() + ": " + String.join(", ", bars.grouped().stream().map(names::of).toList())
          + ", grouped so that no bar is a hairline.");
    }
    if (!names.note().isEmpty()) {
      lines.add(names.note());
    }
    if (lines.isEmpty()) {
      return;
    }
    TextTitle note = new TextTitle(String.join(" ", lines), new Font(FONT, Font.PLAIN, 14));
    note.setPaint(Color.DARK_GRAY);
    note.setPosition(RectangleEdge.BOTTOM);
    note.setMaximumLinesToDisplay(3);
    note.setMargin(8, 0, 0, 0);
    chart.addSubtitle(note);
  }

  private JFreeChart bars(ChartSpec spec, LegibleBars.Bars bars, PlotOrientation orientation) {
    DefaultCategoryDataset dataset = dataset(bars);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(spec.categoryAxis()),
        new NumberAxis(spec.valueAxis()), barRenderer(dataset, bars, spec.kind()));
    plot.setOrientation(orientation);
    if (allWhole(bars.data())) {
      ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    // Room above (and below) the longest bars for their figures.
    plot.getRangeAxis().setUpperMargin(0.1);
    plot.getRangeAxis().setLowerMargin(0.1);
    if (orientation == PlotOrientation.HORIZONTAL) {
      BarRenderer renderer = (BarRenderer) plot.getRenderer();
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
          TextAnchor.CENTER_LEFT));
      renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
          TextAnchor.CENTER_RIGHT));
    }
    if (dataset.getColumnCount() > 6 && orientation == PlotOrientation.VERTICAL) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    return new JFreeChart(plot);
  }

  private JFreeChart diverging(ChartSpec spec, LegibleBars.Bars bars) {
    JFreeChart chart = bars(spec, bars, PlotOrientation.HORIZONTAL);
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    double extent = Math.max(1e-9, java.util.Arrays.stream(bars.data().doubleColumn("Value").asDoubleArray())
        .filter(v -> !Double.isNaN(v)).map(Math::abs).max().orElse(1)) * 1.15;
    axis.setRange(-extent, extent);
    if (extent >= 2) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // -3 … 3, not thirty ticks of 0.2
    }
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(2f)));
    return chart;
  }

  /** One panel per category, side by side, each with its own scale; outlets down the left, in their colours. */
  private JFreeChart smallMultiples(LegibleBars.Bars bars) {
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(new CategoryAxis(""));
    combined.setOrientation(PlotOrientation.HORIZONTAL);
    combined.setGap(40);
    Table data = bars.data();
    for (String category : distinct(data, "Category")) {
      DefaultCategoryDataset dataset = new DefaultCategoryDataset();
      for (Row row : data) {
        if (row.getString("Category").equals(category)) {
          dataset.addValue(row.getDouble("Value"), category, key(row.getString("Outlet"), bars));
        }
      }
      NumberAxis axis = new NumberAxis(category);
      axis.setUpperMargin(0.2);
      combined.add(new CategoryPlot(dataset, null, axis, outletColouredRenderer(bars)), 1);
    }
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
    return chart;
  }

  /** Bars coloured by their category key, an outlet, for charts whose categories are the outlets. */
  private BarRenderer outletColouredRenderer(LegibleBars.Bars bars) {
    BarRenderer renderer = new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return paint((OutletKey) getPlot().getDataset().getColumnKey(column), bars);
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.5);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
        new java.text.DecimalFormat("#,##0.##")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 18));
    renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
    return renderer;
  }

  /** A mark per category (row) and outlet (column), coloured by status. */
  private JFreeChart matrix(ChartSpec spec) {
    Table data = spec.data();
    List<String> categories = new ArrayList<>(distinct(data, "Category"));
    List<String> outlets = new ArrayList<>(distinct(data, "Outlet"));
    List<String> statuses = new ArrayList<>(distinct(data, "Status"));
    statuses.sort(java.util.Comparator.comparingInt(s -> STATUS_ORDER.indexOf(s) < 0 ? 99 : STATUS_ORDER.indexOf(s)));
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (String status : statuses) {
      XYSeries series = new XYSeries(status, false, true);
      for (Row row : data) {
        if (row.getString("Status").equals(status)) {
          series.add(outlets.indexOf(row.getString("Outlet")),
              categories.size() - 1 - categories.indexOf(row.getString("Category")));
        }
      }
      dataset.addSeries(series);
    }
    boolean vertical = outlets.size() > 5;
    double labels = vertical ? 9.0 * outlets.stream().mapToInt(o -> names.of(o).length()).max().orElse(10) : 40;
    SymbolAxis x = new SymbolAxis(spec.valueAxis(), outlets.stream().map(names::of).toArray(String[]::new));
    List<String> reversed = new ArrayList<>(categories);
    java.util.Collections.reverse(reversed);
    SymbolAxis y = new SymbolAxis(spec.categoryAxis(),
        reversed.stream().map(c -> ShortNames.words(c, 48)).toArray(String[]::new));
    // Every fact and every outlet keeps its label: one tick per row and column, never thinned out.
    y.setAutoTickUnitSelection(false);
    y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    x.setAutoTickUnitSelection(false);
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    y.setGridBandsVisible(false);
    x.setGridBandsVisible(false);
    // Many outlets: names run upwards so that every column keeps its label.
    x.setVerticalTickLabels(vertical);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    double cell = Math.max(6, Math.min(28, 0.8 * (HEIGHT - 190 - labels) / Math.max(1, categories.size())));
    for (int i = 0; i < statuses.size(); i++) {
      renderer.setSeriesPaint(i, STATUS_COLOURS.getOrDefault(statuses.get(i), Color.GRAY));
      renderer.setSeriesShape(i, new Rectangle2D.Double(-cell, -cell / 2, cell * 2, cell));
    }
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    Font tick = new Font(FONT, Font.PLAIN, categories.size() > 24 ? 13 : categories.size() > 16 ? 15 : 18);
    y.setTickLabelFont(tick);
    return new JFreeChart(plot);
  }

  private BarRenderer barRenderer(DefaultCategoryDataset dataset, LegibleBars.Bars bars, ChartSpec.Kind kind) {
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < dataset.getRowCount(); i++) {
      renderer.setSeriesPaint(i, paint((OutletKey) dataset.getRowKey(i), bars));
    }
    // A legend key large enough to show an outlet's hatch, not only its colour.
    renderer.setDefaultLegendShape(new Rectangle2D.Double(-11, -8, 22, 16));
    java.text.DecimalFormat figures = new java.text.DecimalFormat("#,##0.##");
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", figures));
    double width = LegibleBars.width(kind, dataset.getRowCount() * dataset.getColumnCount());
    Font labelFont = new Font(FONT, Font.PLAIN, 16);
    renderer.setDefaultItemLabelFont(labelFont);
    var metrics = ChartHeadline.metrics(labelFont);
    int widest = java.util.Arrays.stream(bars.data().doubleColumn("Value").asDoubleArray())
        .filter(v -> !Double.isNaN(v)).mapToInt(v -> metrics.stringWidth(figures.format(v))).max().orElse(0);
    renderer.setDefaultItemLabelsVisible(kind == ChartSpec.Kind.GROUPED_BARS ? width >= ROTATED_LABEL
        : dataset.getRowCount() * dataset.getColumnCount() <= 60);
    if (kind == ChartSpec.Kind.GROUPED_BARS && width < widest + 4) {
      // Bars narrower than a figure: the figures run upwards, one to a bar, instead of over each other.
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
          TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, -Math.PI / 2));
      renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
          TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, -Math.PI / 2));
    }
    return renderer;
  }

  private DefaultCategoryDataset dataset(LegibleBars.Bars bars) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Row row : bars.data()) {
      double value = row.getDouble("Value");
      dataset.addValue(Double.isNaN(value) ? null : value, key(row.getString("Outlet"), bars),
          row.getString("Category"));
    }
    return dataset;
  }

  private static void style(JFreeChart chart, String title) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(16, 24, 16, 32));
    int size = java.util.stream.IntStream.of(30, 25).filter(points -> ChartHeadline.lines(title,
        ChartHeadline.metrics(new Font(FONT, Font.BOLD, points))) <= TITLE_LINES).findFirst().orElse(SMALLEST_HEADLINE);
    TextTitle text = new TextTitle(title, new Font(FONT, Font.BOLD, size));
    text.setMargin(8, 8, 16, 8);
    text.setMaximumLinesToDisplay(TITLE_LINES);
    chart.setTitle(text);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(new Font(FONT, Font.PLAIN, 20));
      legend.setPosition(RectangleEdge.TOP);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    styleAxes(chart.getPlot());
  }

  private static void styleAxes(org.jfree.chart.plot.Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    Font label = new Font(FONT, Font.PLAIN, 20);
    Font ticks = new Font(FONT, Font.PLAIN, 18);
    if (plot instanceof CombinedDomainCategoryPlot combined) {
      combined.getDomainAxis().setTickLabelFont(ticks);
      for (Object sub : combined.getSubplots()) {
        styleAxes((CategoryPlot) sub);
      }
    } else if (plot instanceof CategoryPlot category) {
      category.setRangeGridlinePaint(new Color(0xCCCCCC));
      if (category.getDomainAxis() != null) {
        category.getDomainAxis().setLabelFont(label);
        category.getDomainAxis().setTickLabelFont(ticks);
      }
      category.getRangeAxis().setLabelFont(label);
      category.getRangeAxis().setTickLabelFont(ticks);
    } else if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinesVisible(false);
      xy.setRangeGridlinePaint(new Color(0xEEEEEE));
      xy.getDomainAxis().setLabelFont(label);
      xy.getDomainAxis().setTickLabelFont(xy.getDomainAxis().isVerticalTickLabels()
          ? new Font(FONT, Font.PLAIN, 15) : ticks);
      xy.getRangeAxis().setLabelFont(label);
    }
  }

  private static boolean allWhole(Table data) {
    return java.util.Arrays.stream(data.doubleColumn("Value").asDoubleArray())
        .allMatch(v -> Double.isNaN(v) || v == Math.rint(v));
  }

  private static LinkedHashSet<String> distinct(Table data, String column) {
    return new LinkedHashSet<>(data.stringColumn(column).asList());
  }

}
