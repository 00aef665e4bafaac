package dev.parallax.report;

import dev.parallax.analysis.ChartSpec;
import java.awt.Font;
import java.util.ArrayList;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import java.util.List;
import java.util.Optional;

/**
 * The seam through which the briefing deck draws a chart: what {@link ChartRenderer} draws for the charts folder, on
 * a smaller canvas, so that its lettering stays legible when the picture takes part of a slide.
 */
public final class SlideChart {
  private static final int SHARPNESS = 2;
  private static final int TITLE_POINTS = 16;
  private static final float OUTLET_LABEL_SHARE = 0.4f;
  private static final double LABEL_ROOM = 0.3;

  private SlideChart() {
  }

  /**
   * The PNG bytes of the chart drawn on a {@code width}×{@code height} canvas (at twice as many pixels), in the colours
   * the story's outlets have in every other chart of the run.
   */
  public static byte[] png(ChartSpec spec, List<String> outlets, int width, int height) {
    var chart = new ChartRenderer(new Palette(outlets), outlets).chart(spec, Optional.empty());
    // The slide's own title states the finding: the chart's title wraps at words in a smaller type, never cut.
    chart.getTitle().setFont(new Font(ChartRenderer.FONT, Font.BOLD, TITLE_POINTS));
    chart.getTitle().setMaximumLinesToDisplay(Integer.MAX_VALUE);
    if (spec.kind() == ChartSpec.Kind.MATRIX) {
      // A fact's row turned on its side names the outlets in full down the side: the note on shortened names is moot.
      List<Object> notes = new ArrayList<>();
      for (Object subtitle : chart.getSubtitles()) {
        if (subtitle instanceof TextTitle note && note.getPosition() == RectangleEdge.BOTTOM) {
          notes.add(note);
        }
      }
      notes.forEach(note -> chart.removeSubtitle((TextTitle) note));
    }
    if (chart.getPlot() instanceof CategoryPlot plot && plot.getDomainAxis() != null) {
      if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
        // Outlet names down the side of a narrow picture: room for the whole name rather than a cut one.
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(OUTLET_LABEL_SHARE);
      } else {
        // Names under columns ("Emmanuel Macron", "Christine Lagarde") wrap onto a second line rather than end in "…".
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
      }
    }
    if (chart.getPlot() instanceof CombinedDomainCategoryPlot combined) {
      for (Object subplot : combined.getSubplots()) {
        CategoryPlot panel = (CategoryPlot) subplot;
        NumberAxis axis = (NumberAxis) panel.getRangeAxis();
        axis.setUpperMargin(LABEL_ROOM); // room for the value printed after the longest bar
        if (wholeNumbers(panel)) {
          axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
      }
    }
    return ChartRenderer.draw(chart, width, height, SHARPNESS);
  }

  private static boolean wholeNumbers(CategoryPlot panel) {
    var data = panel.getDataset();
    for (int r = 0; r < data.getRowCount(); r++) {
      for (int c = 0; c < data.getColumnCount(); c++) {
        Number value = data.getValue(r, c);
        if (value != null && value.doubleValue() != Math.rint(value.doubleValue())) {
          return false;
        }
      }
    }
    return true;
  }
}
