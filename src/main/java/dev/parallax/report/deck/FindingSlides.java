package dev.parallax.report.deck;

import dev.parallax.analysis.ChartSpec;
import dev.parallax.report.SlideChart;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * One slide per top finding: the finding as the title, the chart of its own data on the left, its first evidence lines
 * on the right (outlet, sentence id, the words), every evidence line in the speaker notes.
 */
final class FindingSlides {
  static final int LINES_ON_SLIDE = 3;
  /** The chart is drawn on this canvas, then shown at {@link #CHART_WIDTH} points: its lettering about 12 points. */
  private static final int CANVAS_WIDTH = 820;
  private static final int CANVAS_HEIGHT = 560;
  private static final double TITLE_HEIGHT = 112;
  private static final double CHART_WIDTH = 560;
  private static final double GAP = 20;
  private static final double HEADING_SIZE = 13;
  private static final double WORDS_MAX = 16;
  private static final double WORDS_MIN = 12;
  private static final double FOOTER = 26;

  private FindingSlides() {
  }

  static void add(SlideWriter writer, XMLSlideShow show, StoryTables tables, List<TopFinding> findings) {
    FindingCharts charts = new FindingCharts(tables);
    for (TopFinding finding : findings) {
      XSLFSlide slide = writer.slide(finding.text(), new Rectangle2D.Double(SlideWriter.MARGIN, 18,
          SlideWriter.WIDTH - 2 * SlideWriter.MARGIN, TITLE_HEIGHT));
      double top = writer.titleBottom() + 12;
      double bottom = SlideWriter.HEIGHT - FOOTER - 8;
      // The chart keeps its proportions and takes the room the title leaves, up to its widest.
      double chartWidth = Math.min(CHART_WIDTH, (bottom - top) * CANVAS_WIDTH / CANVAS_HEIGHT);
      finding.chart().ifPresent(spec -> {
        byte[] png = SlideChart.png(spec, tables.outlets(), CANVAS_WIDTH, CANVAS_HEIGHT);
        XSLFPictureData picture = show.addPicture(png, PictureData.PictureType.PNG);
        slide.createPicture(picture).setAnchor(new Rectangle2D.Double(SlideWriter.MARGIN, top, chartWidth,
            chartWidth * CANVAS_HEIGHT / CANVAS_WIDTH));
      });
      double left = finding.chart().isPresent() ? SlideWriter.MARGIN + chartWidth + GAP : SlideWriter.MARGIN;
      Rectangle2D column = new Rectangle2D.Double(left, top, SlideWriter.WIDTH - SlideWriter.MARGIN - left,
          bottom - top);
      writer.text(slide, column, evidence(finding.evidence(), column));
      int more = Math.max(0, finding.evidence().size() - LINES_ON_SLIDE);
      writer.text(slide, new Rectangle2D.Double(SlideWriter.MARGIN, SlideWriter.HEIGHT - FOOTER - 6,
          SlideWriter.WIDTH - 2 * SlideWriter.MARGIN, FOOTER), List.of(new SlideWriter.Para("Finding "
          + finding.rank() + " of the Findings sheet; evidence in the " + finding.sheet() + " sheet"
          + (more == 0 ? "" : "; " + more + " more evidence line" + (more == 1 ? "" : "s") + " in the notes"),
          11, false, SlideWriter.GREY, 0)));
      writer.notes(slide, notes(finding, charts.grouped(finding)));
    }
  }

  /**
   * The first evidence lines, each a heading (outlet · sentence id · what it shows) and the words, in quotes, at the
   * largest size at which all of them fit the column; the words of a long sentence cut between two words.
   */
  private static List<SlideWriter.Para> evidence(List<Evidence> lines, Rectangle2D column) {
    List<Evidence> shown = lines.subList(0, Math.min(LINES_ON_SLIDE, lines.size()));
    double width = column.getWidth() - 2 * SlideWriter.INSET;
    double height = column.getHeight() - 2 * SlideWriter.INSET;
    List<SlideWriter.Para> paras = new ArrayList<>();
    if (shown.isEmpty()) {
      paras.add(SlideWriter.Para.of("No single sentence backs this finding: see its sheet.", WORDS_MIN));
      return paras;
    }
    for (double size = WORDS_MAX; size >= WORDS_MIN; size -= 0.5) {
      paras.clear();
      double used = 0;
      int wordLines = (int) Math.max(2, Math.floor((height / shown.size() - HEADING_SIZE * TextFit.LEADING * 2
          - 12) / (size * TextFit.LEADING)));
      for (int i = 0; i < shown.size(); i++) {
        Evidence line = shown.get(i);
        String heading = TextFit.shorten(line.heading(), HEADING_SIZE, true, width, 2);
        String words = TextFit.shorten(line.quoted(), size, false, width, wordLines);
        double spacing = i == 0 ? 0 : 12;
        paras.add(new SlideWriter.Para(heading, HEADING_SIZE, true, SlideWriter.GREY, spacing));
        paras.add(new SlideWriter.Para(words, size, false, SlideWriter.INK, 2));
        used += spacing + 2 + TextFit.height(heading, HEADING_SIZE, true, width) + TextFit.height(words, size, false,
            width);
      }
      if (used <= height) {
        break;
      }
    }
    return paras;
  }

  private static List<String> notes(TopFinding finding, List<String> grouped) {
    List<String> notes = new ArrayList<>();
    notes.add("Finding " + finding.rank() + ": " + finding.text());
    notes.add("Outlets it names: " + String.join(", ", finding.outlets()));
    finding.chart().ifPresent(chart -> {
      boolean matrix = chart.kind() == ChartSpec.Kind.MATRIX;
      notes.add("Chart: " + chart.title() + (grouped.isEmpty() ? "" : (matrix ? "; its last line stands for the "
          + grouped.size() + " outlets that leave it out: " : "; its last bar is the mean of " + grouped.size()
          + " other outlets: ") + String.join(", ", grouped)));
    });
    notes.add("Evidence (" + finding.evidence().size() + " line" + (finding.evidence().size() == 1 ? "" : "s")
        + ", sheet " + finding.sheet() + (finding.key().isEmpty() ? "" : ", row " + finding.key()) + "):");
    finding.evidence().forEach(line -> notes.add("- " + line.whole()));
    return notes;
  }
}
