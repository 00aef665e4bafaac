package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A facts chart of a story covered by sixty outlets, headed by a finding that names them all (as a hedging finding
 * does): the headline takes at most two lines and the chart keeps most of the picture.
 */
class ChartHeadlineTest {
  private static final List<String> OUTLETS = IntStream.rangeClosed(1, 60)
      .mapToObj(i -> String.format("Agence africaine de presse %02d", i)).toList();

  @Test
  void aHeadlineNamingSixtyOutletsTakesTwoLinesAndLeavesTheChartItsRoom() {
    String headline = String.join(", ", OUTLETS.subList(0, 30)) + " hedge the date of the next summit; "
        + String.join(", ", OUTLETS.subList(30, 60)) + " state it flatly";
    JFreeChart chart = new ChartRenderer(new Palette(OUTLETS), OUTLETS).chart(matrix(), Optional.of(headline));

    BufferedImage image = new BufferedImage(ChartRenderer.WIDTH, ChartRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartRenderer.WIDTH, ChartRenderer.HEIGHT), info);

    TextTitle title = chart.getTitle();
    double lineHeight = g.getFontMetrics(title.getFont()).getHeight();
    double titleHeight = title.arrange(g, new RectangleConstraint(new Range(0, ChartRenderer.WIDTH), new Range(0, ChartRenderer.HEIGHT))).getHeight()
        - title.getMargin().getTop() - title.getMargin().getBottom();
    g.dispose();
    assertThat(titleHeight).as("headline height").isLessThanOrEqualTo(2.5 * lineHeight);
    assertThat(info.getPlotInfo().getDataArea().getHeight()).as("height of the chart's data area")
        .isGreaterThan(0.4 * ChartRenderer.HEIGHT);
  }

  /** Facts × outlets, each outlet stating every other fact. */
  private static ChartSpec matrix() {
    Table data = ChartData.create("facts-matrix");
    StringColumn status = StringColumn.create("Status");
    List<String> statuses = new ArrayList<>();
    for (int fact = 1; fact <= 12; fact++) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        ChartData.add(data, "F" + fact, OUTLETS.get(o), 1);
        statuses.add((fact + o) % 2 == 0 ? "stated" : "absent");
      }
    }
    statuses.forEach(status::append);
    data.addColumns(status);
    return new ChartSpec("facts-matrix", "Which outlet reports which fact, and how", "Fact", "Outlet",
        ChartSpec.Kind.MATRIX, data, "Facts");
  }
}
