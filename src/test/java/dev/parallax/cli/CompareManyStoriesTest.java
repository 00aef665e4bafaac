package dev.parallax.cli;

import static dev.parallax.WorkbookChecks.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parallax compare` on a folder of two stories: a workbook per story, the index, and the same output on 1 or 2 threads. */
class CompareManyStoriesTest {
  @TempDir
  static Path dir;
  static Cli parallel;
  static Cli single;

  @BeforeAll
  static void run() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String story : List.of("aes-moscow-a", "aes-moscow-b")) {
      Files.createDirectories(corpus.resolve(story));
      try (Stream<Path> files = Files.list(TestStories.SEED_STORY)) {
        for (Path file : files.toList()) {
          Files.copy(file, corpus.resolve(story).resolve(file.getFileName()));
        }
      }
    }
    parallel = Cli.run("compare", corpus.toString(), "-o", dir.resolve("two/comparison.xlsx").toString(),
        "--threads", "2");
    single = Cli.run("compare", corpus.toString(), "-o", dir.resolve("one/comparison.xlsx").toString(),
        "--threads", "1", "--no-charts");
  }

  @Test
  void writesAWorkbookAndChartsPerStoryAndTheIndex() {
    assertThat(parallel.exitCode()).as(parallel.err()).isZero();
    assertThat(dir.resolve("two/aes-moscow-a/comparison.xlsx")).isRegularFile();
    assertThat(dir.resolve("two/aes-moscow-b/charts/coverage.png")).isRegularFile();
    assertThat(dir.resolve("two/index.xlsx")).isRegularFile();
    assertThat(dir.resolve("one/aes-moscow-a/charts")).doesNotExist();
    assertThat(parallel.out()).contains("Wrote 2 workbooks").contains("index.xlsx");
  }

  @Test
  void indexLinksEachStoryToItsWorkbook() throws IOException {
    try (Workbook index = open(dir.resolve("two/index.xlsx"))) {
      Sheet stories = index.getSheet("Stories");
      assertThat(stories.getLastRowNum()).isEqualTo(2);
      Cell first = stories.getRow(1).getCell(0);
      assertThat(first.getStringCellValue()).isEqualTo("aes-moscow-a");
      assertThat(first.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
      assertThat(first.getHyperlink().getAddress()).isEqualTo("aes-moscow-a/comparison.xlsx");
    }
  }

  @Test
  void indexCarriesEachStorysSummaryFigures() throws IOException {
    try (Workbook index = open(dir.resolve("two/index.xlsx"));
         Workbook story = open(dir.resolve("two/aes-moscow-b/comparison.xlsx"))) {
      Sheet outlets = index.getSheet("Outlets");
      Sheet summary = story.getSheet("Summary");
      assertThat(outlets.getLastRowNum()).isEqualTo(4);
      for (String figure : List.of("Words", "Sentences", "Tone (outlet voice)")) {
        for (int r = 1; r <= summary.getLastRowNum(); r++) {
          Row summaryRow = summary.getRow(r);
          Row indexRow = outlets.getRow(2 + r);
          assertThat(indexRow.getCell(0).getStringCellValue()).isEqualTo("aes-moscow-b");
          assertThat(indexRow.getCell(1).getStringCellValue()).isEqualTo(summaryRow.getCell(0).getStringCellValue());
          assertThat(indexRow.getCell(column(outlets, figure)).getNumericCellValue()).as(figure)
              .isEqualTo(summaryRow.getCell(column(summary, figure)).getNumericCellValue());
        }
      }
    }
  }

  @Test
  void oneThreadAndTwoThreadsWriteTheSameWorkbooks() throws IOException {
    assertThat(single.exitCode()).as(single.err()).isZero();
    for (String story : List.of("aes-moscow-a", "aes-moscow-b")) {
      List<String> one = cells(dir.resolve("one").resolve(story).resolve("comparison.xlsx"));
      List<String> two = cells(dir.resolve("two").resolve(story).resolve("comparison.xlsx"));
      assertThat(one).hasSizeGreaterThan(500).isEqualTo(two);
    }
  }

  @Test
  void aSingleStoryWritesNoIndex() {
    Cli one = Cli.run("compare", TestStories.SEED_STORY.toString(), "-o", dir.resolve("alone/comparison.xlsx").toString(),
        "--no-charts");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(dir.resolve("alone/comparison.xlsx")).isRegularFile();
    assertThat(dir.resolve("alone/index.xlsx")).doesNotExist();
  }

  @Test
  void aBadArticleInAnyStoryStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path corpus = dir.resolve("bad-corpus");
    for (String story : List.of("a-good", "b-binary", "c-empty")) {
      Files.createDirectories(corpus.resolve(story));
      Files.copy(TestStories.SEED_STORY.resolve("maliweb.net.txt"), corpus.resolve(story).resolve("maliweb.net.txt"));
    }
    Files.copy(TestStories.SEED_STORY.resolve("Ovajabmedia.com.txt"), corpus.resolve("a-good/Ovajabmedia.com.txt"));
    Files.write(corpus.resolve("b-binary/binary.txt"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.writeString(corpus.resolve("c-empty/empty.txt"), "");
    Cli bad = Cli.run("compare", corpus.toString(), "-o", dir.resolve("bad/comparison.xlsx").toString(),
        "--threads", "2");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errorLines()).singleElement().asString().contains("b-binary", "binary.txt");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  /** Every cell of every sheet as sheet!address=value, leaving out the About sheet's time of the run. */
  private static List<String> cells(Path file) throws IOException {
    List<String> cells = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (Workbook workbook = open(file)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          if (sheet.getSheetName().equals("About") && row.getCell(1).getStringCellValue().equals("Run at")) {
            continue;
          }
          for (Cell cell : row) {
            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell)
                + (cell.getHyperlink() == null ? "" : " -> " + cell.getHyperlink().getAddress()));
          }
        }
      }
    }
    return cells;
  }

  private static Workbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }
}
