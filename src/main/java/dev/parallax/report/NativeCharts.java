package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import tech.tablesaw.api.Table;

/**
 * The Charts sheet: each bar chart drawn natively in the workbook (POI XDDF) beside the data it plots, with the
 * outlet palette (colour, and hatch past the sixteenth outlet) set explicitly on every series (LibreOffice draws no
 * bars without it), and the same outlets grouped as "others" as in the PNG chart. The fact matrix has no
 * native form; its data is the Facts sheet itself.
 */
final class NativeCharts {
  static final String SHEET = "Charts";
  private static final int CHART_ROWS = 26;
  /** 14 columns of 12 characters: about 1,200 pixels, near the width of the PNG charts the bars are fitted to. */
  private static final int CHART_COLUMNS = 14;
  /** The gap between categories, in per cent of a bar (Excel's default, 150, leaves 24 outlets hairline bars). */
  private static final int GAP_WIDTH = 60;
  private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";

  private final SXSSFWorkbook workbook;
  private final Palette palette;
  private final Styles styles;

  NativeCharts(SXSSFWorkbook workbook, Palette palette, Styles styles) {
    this.workbook = workbook;
    this.palette = palette;
    this.styles = styles;
  }

  /** A chart's data pivoted to a grid: one row per category, one column per outlet. */
  private record Grid(String title, List<String> categories, List<String> outlets, double[][] values) {
    static Grid of(String title, Table data) {
      List<String> categories = new ArrayList<>(new LinkedHashSet<>(data.stringColumn("Category").asList()));
      List<String> outlets = new ArrayList<>(new LinkedHashSet<>(data.stringColumn("Outlet").asList()));
      double[][] values = new double[categories.size()][outlets.size()];
      for (double[] row : values) {
        java.util.Arrays.fill(row, Double.NaN);
      }
      for (int r = 0; r < data.rowCount(); r++) {
        values[categories.indexOf(data.stringColumn("Category").get(r))]
            [outlets.indexOf(data.stringColumn("Outlet").get(r))] = data.doubleColumn("Value").getDouble(r);
      }
      return new Grid(title, categories, outlets, values);
    }

    /** No value below zero: the value axis can start at zero (a negative tone needs the axis below it). */
    boolean noneNegative() {
      return java.util.Arrays.stream(values).flatMapToDouble(java.util.Arrays::stream).noneMatch(v -> v < 0);
    }

    /** Every value a whole number (counts), which needs no decimals in the cells. */
    boolean wholeNumbers() {
      return java.util.Arrays.stream(values).flatMapToDouble(java.util.Arrays::stream)
          .allMatch(v -> Double.isNaN(v) || v == Math.rint(v));
    }
  }

  void write(List<AnalysisResult> results) {
    List<ChartSpec> specs = results.stream().flatMap(r -> r.charts().stream())
        .filter(spec -> spec.kind() != ChartSpec.Kind.MATRIX && spec.data().rowCount() > 0).toList();
    List<Grid> grids = new ArrayList<>();
    List<ChartSpec> specOfGrid = new ArrayList<>();
    for (ChartSpec spec : specs) {
      for (Grid grid : grids(spec)) {
        if (!grid.categories().isEmpty() && !grid.outlets().isEmpty()) { // else nothing to plot
          grids.add(grid);
          specOfGrid.add(spec);
        }
      }
    }
    if (grids.isEmpty()) {
      return;
    }
    SXSSFSheet sheet = workbook.createSheet(SHEET);
    // Outlets down, categories across: a grid as narrow as its categories however many outlets the story has, and
    // every chart in the same columns beside it, so that the sheet prints one chart wide at a readable size.
    int left = 2 + grids.stream().mapToInt(grid -> grid.categories().size()).max().orElse(1);
    sheet.setColumnWidth(0, 30 * 256);
    for (int c = 1; c < left; c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
    for (int c = left; c < left + CHART_COLUMNS; c++) {
      sheet.setColumnWidth(c, 12 * 256);
    }
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    int top = 0;
    for (int g = 0; g < grids.size(); g++) {
      if (g > 0) {
        sheet.setRowBreak(top - 1); // printed, a chart and its data to a page, never cut in two
      }
      writeGrid(sheet, grids.get(g), top);
      drawChart(sheet, specOfGrid.get(g), grids.get(g), top, left);
      top += Math.max(CHART_ROWS, grids.get(g).outlets().size() + 2) + 2;
    }
  }

  /**
   * Panels of unlike scale become one chart each; other kinds are one chart. The data is what the PNG chart draws:
   * no hairline bars ({@link LegibleBars}).
   */
  private static List<Grid> grids(ChartSpec spec) {
    Table drawn = LegibleBars.of(spec).data();
    if (spec.kind() != ChartSpec.Kind.SMALL_MULTIPLES) {
      return List.of(Grid.of(spec.title(), drawn));
    }
    Map<String, Table> panels = new LinkedHashMap<>();
    for (String category : new LinkedHashSet<>(drawn.stringColumn("Category").asList())) {
      panels.put(category, drawn.where(drawn.stringColumn("Category").isEqualTo(category)));
    }
    List<Grid> grids = new ArrayList<>();
    panels.forEach((category, data) -> grids.add(Grid.of(category + " per outlet", data)));
    return grids;
  }

  private void writeGrid(SXSSFSheet sheet, Grid grid, int top) {
    Row titleRow = sheet.createRow(top);
    styles.text(titleRow.createCell(0), grid.title(), styles.title);
    Row header = sheet.createRow(top + 1);
    styles.text(header.createCell(0), "Outlet", styles.header);
    for (int c = 0; c < grid.categories().size(); c++) {
      styles.text(header.createCell(c + 1), grid.categories().get(c), styles.header);
    }
    for (int o = 0; o < grid.outlets().size(); o++) {
      Row row = sheet.createRow(top + 2 + o);
      styles.text(row.createCell(0), grid.outlets().get(o), styles.text);
      for (int c = 0; c < grid.categories().size(); c++) {
        if (!Double.isNaN(grid.values()[c][o])) {
          Cell cell = row.createCell(c + 1);
          cell.setCellValue(grid.values()[c][o]);
          if (!grid.wholeNumbers()) {
            cell.setCellStyle(styles.number(Figure.Format.DECIMAL, false));
          }
        }
      }
    }
  }

  private void drawChart(SXSSFSheet sheet, ChartSpec spec, Grid grid, int top, int left) {
    sheet.createDrawingPatriarch();
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + CHART_COLUMNS, top + CHART_ROWS);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(grid.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.TOP);
    XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    if (spec.kind() != ChartSpec.Kind.DIVERGING_BARS && grid.noneNegative()) {
      valueAxis.setMinimum(0);
    }
    if (!spec.valueAxis().isEmpty()) {
      valueAxis.setTitle(spec.valueAxis());
    }
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    data.setBarDirection(spec.kind() == ChartSpec.Kind.DIVERGING_BARS || spec.kind() == ChartSpec.Kind.RANKED_BARS
        ? BarDirection.BAR : BarDirection.COL);
    data.setVaryColors(false);
    data.setGapWidth(GAP_WIDTH);
    String sheetName = "'" + SHEET + "'!";
    int header = top + 1;
    int lastColumn = grid.categories().size();
    XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
        grid.categories().toArray(String[]::new), sheetName + range(header, 1, lastColumn));
    for (int o = 0; o < grid.outlets().size(); o++) {
      Double[] values = new Double[grid.categories().size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = Double.isNaN(grid.values()[c][o]) ? null : grid.values()[c][o];
      }
      int row = top + 2 + o;
      XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
          sheetName + range(row, 1, lastColumn));
      XDDFChartData.Series series = data.addSeries(categories, numbers);
      String outlet = grid.outlets().get(o);
      series.setTitle(outlet, new CellReference(SHEET, row, 0, true, true));
      fill(series, outlet);
    }
    // Each series' cached values, as XDDFChart.plot writes them, without plot's embedded copy of the data: the
    // series already refer to the Charts sheet's cells, and the embedded workbook per chart (a zip inside the zip)
    // cost a third of writing a story's workbook.
    for (int s = 0; s < data.getSeriesCount(); s++) {
      data.getSeries(s).plot();
    }
  }

  /**
   * The outlet's look on its series: its colour, hatched on white past the sixteenth outlet, as in the PNG charts.
   * The hatch is written as DrawingML (a:pattFill) through a cursor: poi-ooxml-lite has no compiled type for it.
   */
  private void fill(XDDFChartData.Series series, String outlet) {
    Palette.Look look = palette.look(outlet); // a chart's "others" is no outlet of the story: light grey
    series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(look.colour()))));
    if (look.hatch() == Palette.Hatch.SOLID) {
      return;
    }
    var shape = series.getShapeProperties().getXmlObject();
    shape.unsetSolidFill();
    try (XmlCursor cursor = shape.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(DRAWING_ML, "pattFill", "a"));
      cursor.insertAttributeWithValue("prst", look.hatch().preset);
      colour(cursor, "fgClr", look.colour());
      colour(cursor, "bgClr", java.awt.Color.WHITE);
    }
  }

  /** Inserts {@code <a:name><a:srgbClr val="RRGGBB"/></a:name>} at the cursor and leaves the cursor after it. */
  private static void colour(XmlCursor cursor, String name, java.awt.Color colour) {
    cursor.beginElement(new QName(DRAWING_ML, name, "a"));
    cursor.beginElement(new QName(DRAWING_ML, "srgbClr", "a"));
    cursor.insertAttributeWithValue("val", String.format("%06X", colour.getRGB() & 0xFFFFFF));
    cursor.toNextToken();
    cursor.toNextToken();
  }

  private static byte[] rgb(java.awt.Color colour) {
    int value = colour.getRGB();
    return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
  }

  /** The cells of one grid row, from one column to another. */
  private static String range(int row, int firstColumn, int lastColumn) {
    return new CellRangeAddress(row, row, firstColumn, lastColumn).formatAsString(null, true);
  }
}
