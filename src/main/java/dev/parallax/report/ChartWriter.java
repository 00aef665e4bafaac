package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

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
      Optional<String> headline = headline(report, result);
      for (ChartSpec spec : result.charts()) {
        Path file = folder.resolve(SafeNames.file(spec.name()) + ".png");
        byte[] png = renderer.png(spec, headline, scale);
        AtomicFile.write(file, out -> out.write(png));
        written.add(file);
      }
    }
    return written;
  }

  /** The best-ranked finding whose evidence lies in this analyzer's sheets: the chart's headline. */
  static Optional<String> headline(StoryReport report, AnalysisResult result) {
    Set<String> sheets = new HashSet<>();
    result.sheets().forEach(sheet -> sheets.add(sheet.name()));
    result.figures().forEach(figure -> sheets.add(figure.evidenceSheet()));
    Table findings = report.findings().table();
    for (int r = 0; r < findings.rowCount(); r++) {
      if (sheets.contains(findings.stringColumn("Evidence sheet").get(r))) {
        return Optional.of(findings.stringColumn("Finding").get(r));
      }
    }
    return Optional.empty();
  }
}
