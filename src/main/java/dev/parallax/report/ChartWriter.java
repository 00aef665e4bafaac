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

/**
 * Renders every chart of a story's results as PNG images in memory, then writes them as files, each through a
 * temporary file. The two steps are apart so that a run can draw the charts while it writes the workbook and still
 * write no chart file when the workbook fails.
 */
public final class ChartWriter {
  private final int scale;

  /** @param scale 1 for 1600×900 pixels, 2 for 3200×1800 */
  public ChartWriter(int scale) {
    this.scale = scale;
  }

  /** A chart drawn and encoded, not yet written. */
  public record Rendered(String fileName, byte[] png) {
  }

  public List<Path> write(StoryReport report, Path folder) {
    return write(render(report), folder);
  }

  public List<Rendered> render(StoryReport report) {
    ChartRenderer renderer = new ChartRenderer(new Palette(report.story().outlets()));
    List<Rendered> rendered = new ArrayList<>();
    for (AnalysisResult result : report.results()) {
      for (ChartSpec spec : result.charts()) {
        Optional<String> headline = headline(report, result, spec);
        rendered.add(new Rendered(SafeNames.file(spec.name()) + ".png", renderer.png(spec, headline, scale)));
      }
    }
    return rendered;
  }

  public static List<Path> write(List<Rendered> charts, Path folder) {
    AtomicFile.createFolder(folder);
    List<Path> written = new ArrayList<>();
    for (Rendered chart : charts) {
      Path file = folder.resolve(chart.fileName());
      AtomicFile.write(file, out -> out.write(chart.png()));
      written.add(file);
    }
    return written;
  }

  /**
   * The best-ranked finding whose evidence lies in the chart's own sheet, if it names one and a finding does, else
   * in any of its analyzer's sheets: the chart's headline.
   */
  static Optional<String> headline(StoryReport report, AnalysisResult result, ChartSpec spec) {
    Set<String> sheets = new HashSet<>();
    result.sheets().forEach(sheet -> sheets.add(sheet.name()));
    result.figures().forEach(figure -> sheets.add(figure.evidenceSheet()));
    Optional<String> own = spec.sheet().isEmpty() ? Optional.empty() : best(report, Set.of(spec.sheet()));
    return own.isPresent() ? own : best(report, sheets);
  }

  private static Optional<String> best(StoryReport report, Set<String> sheets) {
    Table findings = report.findings().table();
    for (int r = 0; r < findings.rowCount(); r++) {
      if (sheets.contains(findings.stringColumn("Evidence sheet").get(r))) {
        return Optional.of(findings.stringColumn("Finding").get(r));
      }
    }
    return Optional.empty();
  }
}
