package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * Renders every chart of a story's results as PNG images in memory, then writes them as files of the run's
 * {@link OutputTransaction}. The two steps are apart so that a run can draw the charts while it writes the workbook.
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

  /** The charts written to temporary files of the run's outputs, moved into place when the run commits. */
  public static List<Path> write(List<Rendered> charts, Path folder, OutputTransaction outputs) {
    outputs.createFolder(folder);
    List<Path> written = new ArrayList<>();
    for (Rendered chart : charts) {
      Path file = folder.resolve(chart.fileName());
      outputs.write(file, out -> out.write(chart.png()));
      written.add(file);
    }
    return written;
  }

  /**
   * The PNG files in the folder that this run does not write: charts of an earlier run with another chart set (or
   * images the analyst put there). They are left as they are, and the run names them, so that no stale chart passes
   * for one of this run.
   */
  public static List<Path> leftFromEarlier(Path folder, List<Path> written) {
    Set<Path> names = new HashSet<>();
    written.forEach(file -> names.add(file.getFileName()));
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
          && !file.getFileName().toString().startsWith(".") && !names.contains(file.getFileName()))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
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
