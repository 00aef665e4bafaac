package dev.parallax.report;

import static dev.parallax.report.ManyOutlets.OUTLETS;
import static dev.parallax.report.ManyOutlets.SOURCE_TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The Charts sheet of a 24-outlet story (the dev-set stories ecb-rate-cut and morocco-earthquake joined), read back
 * with POI: past the sixteenth outlet a series is hatched in its colour, and the native chart groups the same
 * outlets as "others" as the PNG chart.
 */
class ManyOutletNativeChartsTest {
  private static ChartSpec words;
  private static ChartSpec sources;
  private static XSSFSheet sheet;

  @BeforeAll
  static void write() throws IOException {
    Table wordCounts = ChartData.create("coverage");
    Table sourceCounts = ChartData.create("attribution-sources");
    for (int o = 0; o < OUTLETS.size(); o++) {
      ChartData.add(wordCounts, "Words", OUTLETS.get(o), 150 + 7 * o);
      for (String type : SOURCE_TYPES) {
        ChartData.add(sourceCounts, type, OUTLETS.get(o), o % 7 + 1);
      }
    }
    words = new ChartSpec("coverage", "Words per outlet", "", "Words", ChartSpec.Kind.SMALL_MULTIPLES, wordCounts);
    sources = new ChartSpec("attribution-sources", "Who each outlet quotes", "Source type",
        "Attributed statements", ChartSpec.Kind.GROUPED_BARS, sourceCounts);
    AnalysisResult result = new AnalysisResult("test", List.of(), List.of(), List.of(), List.of(words, sources),
        List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      new NativeCharts(workbook, new Palette(OUTLETS), new Styles(workbook)).write(List.of(result));
      workbook.write(out);
      workbook.dispose();
    }
    sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheet(NativeCharts.SHEET);
  }

  private static XSSFChart chart(String title) {
    return sheet.getDrawingPatriarch().getCharts().stream()
        .filter(chart -> chart.getTitleText().getString().startsWith(title)).findFirst().orElseThrow();
  }

  /** The fill of every series, as DrawingML: "solid RRGGBB" or "pattern PRESET RRGGBB". */
  private static List<String> fills(XSSFChart chart) {
    List<String> fills = new ArrayList<>();
    for (var bar : chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList()) {
      String xml = bar.getSpPr().xmlText();
      java.util.regex.Matcher colour = java.util.regex.Pattern.compile("srgbClr val=\"(\\w{6})\"").matcher(xml);
      colour.find();
      java.util.regex.Matcher pattern = java.util.regex.Pattern.compile("pattFill prst=\"(\\w+)\"").matcher(xml);
      fills.add(pattern.find() ? "pattern " + pattern.group(1) + " " + colour.group(1) : "solid " + colour.group(1));
    }
    return fills;
  }

  @Test
  void theSeventeenthOutletOnIsHatchedInTheColourOfTheFirst() {
    List<String> fills = fills(chart("Words per outlet"));
    assertThat(fills).hasSize(24);
    assertThat(fills.get(0)).isEqualTo("solid 0072B2");
    assertThat(fills.get(15)).startsWith("solid ");
    assertThat(fills.get(16)).isEqualTo("pattern dkUpDiag 0072B2");
    assertThat(fills.get(23)).startsWith("pattern dkUpDiag ");
    assertThat(new java.util.HashSet<>(fills)).as("no two outlets alike").hasSize(24);
  }

  @Test
  void theNativeChartGroupsTheSameOutletsAsOthersAsThePngChart() {
    LegibleBars.Bars bars = LegibleBars.of(sources);
    assertThat(bars.hasOthers()).isTrue();
    var series = chart("Who each outlet quotes").getCTChart().getPlotArea().getBarChartArray(0).getSerList();
    List<String> names = series.stream().map(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV()).toList();
    assertThat(names).hasSize(LegibleBars.room(ChartSpec.Kind.GROUPED_BARS, SOURCE_TYPES.size()))
        .contains(bars.othersLabel()).doesNotContainAnyElementsOf(bars.grouped());
    assertThat(fills(chart("Who each outlet quotes")).get(names.indexOf(bars.othersLabel())))
        .isEqualTo("solid BDBDBD");
    assertThat(chart("Who each outlet quotes").getCTChart().getPlotArea().getBarChartArray(0).getGapWidth().getVal())
        .as("gap between categories, % of a bar").isEqualTo(60);
  }

  /** Outlets down, categories across: the grid is as narrow as its categories, whatever the number of outlets. */
  @Test
  void theGridHasOneRowPerOutletAndOneColumnPerCategory() {
    int header = -1;
    for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
      var row = sheet.getRow(r);
      if (row != null && row.getCell(1) != null && "person".equals(row.getCell(1).toString())) {
        header = r;
      }
    }
    assertThat(header).isNotNegative();
    assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Outlet");
    assertThat(sheet.getRow(header).getLastCellNum()).isEqualTo((short) (1 + SOURCE_TYPES.size()));
    assertThat(sheet.getRow(header + 1).getCell(0).getStringCellValue()).isIn(OUTLETS);
  }
}
