package dev.parallax.report;

import static dev.parallax.report.ManyOutlets.OUTLETS;
import static dev.parallax.report.ManyOutlets.SOURCE_TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Bar charts of 24 outlets (the two dev-set stories ecb-rate-cut and morocco-earthquake joined) drawn at 1600×900:
 * no bar thinner than {@link LegibleBars#MIN_BAR} pixels.
 */
class LegibleBarsTest {

  /** Outlet o has o % 7 + 1 statements of every type, so the heaviest outlets are known. */
  private static ChartSpec sources() {
    Table data = ChartData.create("attribution-sources");
    for (String type : SOURCE_TYPES) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        ChartData.add(data, type, OUTLETS.get(o), o % 7 + 1);
      }
    }
    return new ChartSpec("attribution-sources", "Who each outlet quotes", "Source type", "Attributed statements",
        ChartSpec.Kind.GROUPED_BARS, data);
  }

  private static List<Rectangle2D> bars(ChartSpec spec) {
    JFreeChart chart = new ChartRenderer(new Palette(OUTLETS), OUTLETS).chart(spec, Optional.empty());
    BufferedImage image = new BufferedImage(ChartRenderer.WIDTH, ChartRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle2D.Double(0, 0, ChartRenderer.WIDTH, ChartRenderer.HEIGHT), info);
    g.dispose();
    List<Rectangle2D> bars = new ArrayList<>();
    for (Object entity : info.getEntityCollection().getEntities()) {
      if (entity instanceof CategoryItemEntity item) {
        bars.add(((Shape) item.getArea()).getBounds2D());
      }
    }
    return bars;
  }

  @Test
  void twentyFourOutletsBySixSourceTypesDrawNoBarThinnerThanTwelvePixels() {
    List<Rectangle2D> bars = bars(sources());
    assertThat(bars).isNotEmpty();
    assertThat(bars).allSatisfy(bar -> assertThat(bar.getWidth()).isGreaterThanOrEqualTo(LegibleBars.MIN_BAR - 0.5));
  }

  @Test
  void theHeaviestOutletsKeepTheirBarsAndTheRestAreOneOthersBarTheirMean() {
    LegibleBars.Bars bars = LegibleBars.of(sources());
    int room = LegibleBars.room(ChartSpec.Kind.GROUPED_BARS, SOURCE_TYPES.size());
    assertThat(room).isEqualTo(13);
    assertThat(bars.grouped()).hasSize(OUTLETS.size() - room + 1);
    // weights 7 (o = 6, 13, 20), 6 (5, 12, 19), 5 (4, 11, 18), 4 (3, 10, 17): the 12 heaviest; 3, 2 and 1 go
    assertThat(bars.grouped()).contains("axios.com", "agenceafrique.com", "bfmtv.com")
        .doesNotContain("boursorama.com", "blick.ch");
    Table others = bars.data().where(bars.data().stringColumn("Outlet").isEqualTo(bars.othersLabel()));
    assertThat(others.rowCount()).isEqualTo(SOURCE_TYPES.size());
    double mean = bars.grouped().stream().mapToInt(OUTLETS::indexOf).map(o -> o % 7 + 1).average().orElseThrow();
    assertThat(others.doubleColumn("Value").getDouble(0)).isEqualTo(mean);
    assertThat(bars.othersLabel()).isEqualTo("others (mean of 12)");
  }

  @Test
  void anOutletWithNoValueInTheChartTakesNoRoom() {
    Table data = ChartData.create("tone-actors");
    for (String actor : List.of("Russia", "Ukraine", "France", "United States", "European Union")) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        ChartData.add(data, actor, OUTLETS.get(o), o < 4 && actor.equals("France") ? o - 2 : Double.NaN);
      }
    }
    ChartSpec spec = new ChartSpec("tone-actors", "Tone towards each actor per outlet", "Actor", "Mean tone",
        ChartSpec.Kind.DIVERGING_BARS, data);
    assertThat(LegibleBars.of(spec).data().stringColumn("Outlet").unique().asList())
        .containsExactlyInAnyOrder("agenceafrique.com", "axios.com", "bfmtv.com", "binance.com");
    assertThat(bars(spec)).allSatisfy(bar -> assertThat(bar.getHeight()).isGreaterThanOrEqualTo(LegibleBars.MIN_BAR));
  }

  @Test
  void twentyFourOutletsTowardsFiveActorsAllMentionedStillDrawThickBars() {
    Table data = ChartData.create("tone-actors");
    for (String actor : List.of("Russia", "Ukraine", "France", "United States", "European Union")) {
      IntStream.range(0, OUTLETS.size()).forEach(o -> ChartData.add(data, actor, OUTLETS.get(o), (o % 5) - 2));
    }
    ChartSpec spec = new ChartSpec("tone-actors", "Tone towards each actor per outlet", "Actor", "Mean tone",
        ChartSpec.Kind.DIVERGING_BARS, data);
    List<Rectangle2D> bars = bars(spec);
    assertThat(bars).isNotEmpty();
    assertThat(bars).allSatisfy(bar -> assertThat(bar.getHeight()).isGreaterThanOrEqualTo(LegibleBars.MIN_BAR - 0.5));
  }

  /** Tone per voice at 24 outlets: bars of about 20 pixels, narrower than "-2.08", so the figures run upwards. */
  @Test
  void figuresRunUpwardsOnBarsNarrowerThanThemAndLevelOnWideOnes() {
    Table many = ChartData.create("tone-voice");
    Table few = ChartData.create("tone-voice");
    for (String voice : List.of("outlet voice", "quoted voice")) {
      for (int o = 0; o < OUTLETS.size(); o++) {
        ChartData.add(many, voice, OUTLETS.get(o), -2.08 + o % 5);
        if (o < 4) {
          ChartData.add(few, voice, OUTLETS.get(o), o);
        }
      }
    }
    ChartRenderer renderer = new ChartRenderer(new Palette(OUTLETS), OUTLETS);
    var manyLabels = renderer.chart(new ChartSpec("tone-voice", "Tone per outlet", "Voice", "Mean tone",
        ChartSpec.Kind.GROUPED_BARS, many), Optional.empty()).getCategoryPlot().getRenderer();
    assertThat(manyLabels.getDefaultItemLabelsVisible()).isTrue();
    assertThat(manyLabels.getDefaultPositiveItemLabelPosition().getAngle()).isEqualTo(-Math.PI / 2);
    assertThat(manyLabels.getDefaultNegativeItemLabelPosition().getAngle()).isEqualTo(-Math.PI / 2);
    var fewLabels = renderer.chart(new ChartSpec("tone-voice", "Tone per outlet", "Voice", "Mean tone",
        ChartSpec.Kind.GROUPED_BARS, few), Optional.empty()).getCategoryPlot().getRenderer();
    assertThat(fewLabels.getDefaultPositiveItemLabelPosition().getAngle()).isZero();
  }

  /** 24 outlets by six source types leave bars of 12 pixels: too narrow for even an upward figure; none is written. */
  @Test
  void noFiguresOnBarsTooNarrowForThem() {
    var labels = new ChartRenderer(new Palette(OUTLETS), OUTLETS).chart(sources(), Optional.empty())
        .getCategoryPlot().getRenderer();
    assertThat(labels.getDefaultItemLabelsVisible()).isFalse();
  }
}
