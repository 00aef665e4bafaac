package dev.parallax.report;

import dev.parallax.analysis.Figure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the index of a many-story run: one row per story (size and a link to its workbook) and one row per story
 * and outlet with the headline figures of the story's Summary sheet.
 */
public final class IndexWriter {
  static final String STORIES = "Stories";
  static final String OUTLETS = "Outlets";
  static final String ABOUT = "About";
  private static final int ROWS_IN_MEMORY = 200;

  public void write(List<IndexEntry> entries, String version, String corpus, ZonedDateTime runAt, Path target,
                    OutputTransaction outputs) {
    Path folder = target.toAbsolutePath().getParent();
    outputs.write(target, out -> write(entries, version, corpus, runAt, folder, out));
  }

  private void write(List<IndexEntry> entries, String version, String corpus, ZonedDateTime runAt, Path folder,
                     OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new StreamingWorkbook(ROWS_IN_MEMORY);
    try {
      SheetWriter writer = new SheetWriter(workbook, new Styles(workbook));
      stories(entries, folder, writer);
      outlets(entries, folder, writer);
      about(entries, version, corpus, runAt, writer);
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void stories(List<IndexEntry> entries, Path folder, SheetWriter writer) {
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (IndexEntry entry : entries) {
      rows.add(List.of(link(entry, folder), SheetWriter.Value.of(entry.outlets().size()),
          SheetWriter.Value.of(entry.words()), SheetWriter.Value.of(entry.sentences()),
          SheetWriter.Value.of(String.join(", ", entry.outlets())), SheetWriter.Value.of(relative(entry, folder))));
    }
    writer.write(STORIES, List.of("Story", "Outlets", "Words", "Sentences", "Outlet names", "Workbook"), rows);
  }

  private static void outlets(List<IndexEntry> entries, Path folder, SheetWriter writer) {
    Set<String> names = entries.stream().flatMap(e -> e.figures().stream()).map(Figure::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> headers = new ArrayList<>(List.of("Story", "Outlet"));
    headers.addAll(names);
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (IndexEntry entry : entries) {
      for (String outlet : entry.outlets()) {
        Map<String, Figure> figures = entry.figures().stream().filter(f -> f.outlet().equals(outlet))
            .collect(Collectors.toMap(Figure::name, Function.identity(), (first, second) -> first));
        List<SheetWriter.Value> row = new ArrayList<>(List.of(link(entry, folder), SheetWriter.Value.of(outlet)));
        for (String name : names) {
          Figure figure = figures.get(name);
          row.add(figure == null ? SheetWriter.Value.of(null)
              : SheetWriter.Value.of(figure.value()).withFormat(figure.format()));
        }
        rows.add(row);
      }
    }
    writer.write(OUTLETS, headers, rows);
  }

  private static void about(List<IndexEntry> entries, String version, String corpus, ZonedDateTime runAt,
                            SheetWriter writer) {
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    rows.add(aboutRow("Parallax version", version));
    rows.add(aboutRow("Corpus", corpus));
    rows.add(aboutRow("Run at", runAt.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    rows.add(aboutRow("Stories", entries.size()));
    rows.add(aboutRow(STORIES, "One row per story; the story's name links to its workbook, whose Summary, "
        + "Sentences and analyzer sheets hold the evidence."));
    rows.add(aboutRow(OUTLETS, "One row per story and outlet with the figures of that story's Summary sheet."));
    writer.write(ABOUT, List.of("Item", "Detail"), rows);
  }

  private static List<SheetWriter.Value> aboutRow(String item, Object detail) {
    return List.of(SheetWriter.Value.of(item), SheetWriter.Value.of(detail));
  }

  private static SheetWriter.Value link(IndexEntry entry, Path folder) {
    return SheetWriter.Value.linkedToFile(entry.story(), relative(entry, folder));
  }

  /** The workbook's path from the index's folder, with forward slashes as spreadsheet links expect. */
  private static String relative(IndexEntry entry, Path folder) {
    Path workbook = entry.workbook().toAbsolutePath();
    Path relative = workbook.startsWith(folder) ? folder.relativize(workbook) : workbook;
    return relative.toString().replace('\\', '/');
  }
}
