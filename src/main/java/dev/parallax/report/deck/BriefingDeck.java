package dev.parallax.report.deck;

import dev.parallax.report.OutputTransaction;
import dev.parallax.report.StoryReport;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A story's briefing deck, {@code briefing.pptx} beside its workbook: a title slide, one slide per top finding (the
 * Findings sheet's first ten, each with the chart of its own data and its evidence), the fact × outlet matrix, and
 * the method and its limits. 16:9; every slide's text sized to fit, every slide with speaker notes.
 */
public final class BriefingDeck {
  public static final String FILE_NAME = "briefing.pptx";

  private BriefingDeck() {
  }

  /** The deck written to a temporary file of the run's outputs, moved into place when the run commits. */
  public static Path write(StoryReport report, OutletBlocs blocs, Path file, OutputTransaction outputs) {
    outputs.write(file, out -> writeTo(report, blocs, out));
    return file;
  }

  public static void writeTo(StoryReport report, OutletBlocs blocs, OutputStream out) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow()) {
      show.setPageSize(new Dimension((int) SlideWriter.WIDTH, (int) SlideWriter.HEIGHT));
      SlideWriter writer = new SlideWriter(show);
      StoryTables tables = new StoryTables(report);
      TitleSlide.add(writer, report, blocs);
      FindingSlides.add(writer, show, tables, TopFinding.of(tables));
      MatrixSlides.add(writer, tables);
      MethodSlides.add(writer);
      // Saved in memory first: POI wraps a failure of the stream it saves to (a full disk) in a runtime exception
      // that no longer carries the IOException, and the run would report an internal error instead of the disk.
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      show.write(saved);
      saved.writeTo(out);
    }
  }
}
