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
    List<String> outlets = report.story().outlets();
    ChartRenderer renderer = new ChartRenderer(new Palette(outlets), outlets);
    List<Rendered> rendered = new ArrayList<>();
    for (AnalysisResult result : report.results()) {
      for (ChartSpec whole : result.charts()) {
        for (ChartSpec spec : parts(whole)) {
          Table drawn = spec.kind() == ChartSpec.Kind.MATRIX ? spec.data() : LegibleBars.of(spec).data();
          Optional<String> headline = ChartHeadline.of(report, result, spec, drawn);
          rendered.add(new Rendered(SafeNames.file(spec.name()) + ".png", renderer.png(spec, headline, scale)));
        }
      }
    }
    return rendered;
  }

  /**
   * A fact matrix of more facts than one picture can label ({@link ChartRenderer#MATRIX_ROWS}) as several, of even
   * size and in the facts' order: facts-matrix.png, facts-matrix-2.png…, each titled with the facts it shows.
   * Every other chart is one picture.
   */
  static List<ChartSpec> parts(ChartSpec spec) {
    List<String> categories = new ArrayList<>(new java.util.LinkedHashSet<>(spec.data().stringColumn("Category")
        .asList()));
    if (spec.kind() != ChartSpec.Kind.MATRIX || categories.size() <= ChartRenderer.MATRIX_ROWS) {
      return List.of(spec);
    }
    int count = (categories.size() + ChartRenderer.MATRIX_ROWS - 1) / ChartRenderer.MATRIX_ROWS;
    int size = (categories.size() + count - 1) / count;
    List<ChartSpec> parts = new ArrayList<>();
    for (int from = 0, part = 1; from < categories.size(); from += size, part++) {
      int to = Math.min(categories.size(), from + size);
      Table data = spec.data().where(spec.data().stringColumn("Category").isIn(categories.subList(from, to)));
      String title = spec.title() + " (" + spec.categoryAxis().toLowerCase(Locale.ROOT) + "s " + (from + 1) + "–"
          + to + " of " + categories.size() + ")";
      parts.add(new ChartSpec(part == 1 ? spec.name() : spec.name() + "-" + part, title, spec.categoryAxis(),
          spec.valueAxis(), spec.kind(), data, spec.sheet()));
    }
    return parts;
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
}
