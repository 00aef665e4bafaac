package dev.parallax.report;

import dev.parallax.TestStories;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.findings.Findings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seed story's workbook as compare writes it, read back with POI. */
final class SeedWorkbook {
  private SeedWorkbook() {
  }

  /** Every analyzer run on the seed story, the workbook written into {@code dir} and read back. */
  static XSSFWorkbook writeAndRead(Path dir) throws IOException {
    var results = Analyzers.runAll(TestStories.seeds());
    StoryReport report = new StoryReport(TestStories.seeds(), results,
        Findings.of(TestStories.seeds(), results), "test", "corpus", ZonedDateTime.now());
    Path file = dir.resolve("comparison.xlsx");
    AtomicFile.write(file, out -> new WorkbookWriter().write(report, out));
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
