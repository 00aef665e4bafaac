package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every chart of a story's results as PNG files, each through a temporary file. */
public final class ChartWriter {
  private final int scale;

  /** @param scale 1 for 1600×900 pixels, 2 for 3200×1800 */
  public ChartWriter(int scale) {
    this.scale = scale;
  }

  public List<Path> write(StoryReport report, Path folder) {
    AtomicFile.createFolder(folder);
    ChartRenderer renderer = new ChartRenderer(new Palette(report.story().outlets()));
    List<Path> written = new ArrayList<>();
    for (AnalysisResult result : report.results()) {
      for (ChartSpec spec : result.charts()) {
        Path file = folder.resolve(SafeNames.file(spec.name()) + ".png");
        byte[] png = renderer.png(spec, scale);
        AtomicFile.write(file, out -> out.write(png));
        written.add(file);
      }
    }
    return written;
  }
}
