package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/** The Charts sheet of the seed story's workbook, read back with POI: what Excel and LibreOffice will draw. */
class NativeChartsTest {
  @TempDir
  static Path dir;
  private static XSSFSheet charts;
  private static final Map<String, XSSFChart> BY_TITLE = new HashMap<>();

  @BeforeAll
  static void write() throws IOException {
    charts = SeedWorkbook.writeAndRead(dir).getSheet(NativeCharts.SHEET);
    for (XSSFChart chart : charts.getDrawingPatriarch().getCharts()) {
      BY_TITLE.put(chart.getTitleText().getString(), chart);
    }
  }

  private static CTValAx valueAxis(String titleStart) {
    return BY_TITLE.entrySet().stream().filter(e -> e.getKey().startsWith(titleStart)).findFirst().orElseThrow()
        .getValue().getCTChart().getPlotArea().getValAxArray(0);
  }

  /** maliweb.net's quoted voice is negative (-1.44): an axis starting at zero would hide its bar. */
  @Test
  void aChartWithANegativeValueDoesNotStartItsAxisAtZero() {
    assertThat(valueAxis("Tone per outlet").getScaling().isSetMin()).isFalse();
    assertThat(valueAxis("Facts each outlet leaves out").getScaling().isSetMin()).isTrue();
    assertThat(valueAxis("Facts each outlet leaves out").getScaling().getMin().getVal()).isZero();
  }

  /**
   * Ovajabmedia.com never names Ukraine: its cell is blank (no bar), not 0, and tone values show two decimals. The
   * grid has one row per outlet and one column per category (actor).
   */
  @Test
  void anActorNotMentionedIsABlankCellAndTonesHaveTwoDecimals() {
    int header = -1;
    int ukraine = -1;
    for (int r = 0; r <= charts.getLastRowNum() && ukraine < 0; r++) {
      var row = charts.getRow(r);
      for (int c = 1; row != null && c < row.getLastCellNum(); c++) {
        if (row.getCell(c) != null && "Ukraine".equals(row.getCell(c).toString())) {
          header = r;
          ukraine = c;
        }
      }
    }
    assertThat(ukraine).isPositive();
    var maliweb = charts.getRow(header + 1);
    var ovajab = charts.getRow(header + 2);
    assertThat(maliweb.getCell(0).getStringCellValue()).isEqualTo(TestStories.MALIWEB);
    assertThat(maliweb.getCell(ukraine).getNumericCellValue()).isNegative();
    assertThat(maliweb.getCell(ukraine).getCellStyle().getDataFormatString()).isEqualTo("0.00");
    assertThat(ovajab.getCell(0).getStringCellValue()).isEqualTo(TestStories.OVAJAB);
    assertThat(ovajab.getCell(ukraine)).isNull();
  }
}
