package dev.parallax.cli;

import static dev.parallax.WorkbookChecks.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parallax compare` end to end on the seed story, reading the workbook back with POI. */
class CompareCommandTest {
  @TempDir
  static Path dir;
  static Cli cli;
  static Workbook workbook;

  @BeforeAll
  static void run() throws IOException {
    // No --charts: a workbook written elsewhere than reports/ keeps its charts beside it.
    cli = Cli.run("compare", TestStories.SEED_STORY.toString(), "-o", dir.resolve("comparison.xlsx").toString());
    try (InputStream in = Files.newInputStream(dir.resolve("comparison.xlsx"))) {
      workbook = WorkbookFactory.create(in);
    }
  }

  @Test
  void exitsZeroWithOneProgressLinePerStage() {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.err().lines().filter(l -> l.matches("\\[\\d/\\d] .*"))).hasSizeGreaterThanOrEqualTo(5);
    assertThat(cli.out()).contains("Wrote ");
  }

  @Test
  void hasTheSpineSheetsInOrder() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(names).startsWith("Findings", "Summary", "Articles", "Sentences").endsWith("About");
  }

  @Test
  void summaryFiguresAgreeWithTheSentencesSheet() {
    Map<String, Double> wordsPerOutlet = new HashMap<>();
    Map<String, Integer> sentencesPerOutlet = new HashMap<>();
    Sheet sentences = workbook.getSheet("Sentences");
    int wordsColumn = column(sentences, "Words");
    for (Row row : sentences) {
      if (row.getRowNum() == 0) {
        continue;
      }
      String outlet = row.getCell(1).getStringCellValue();
      wordsPerOutlet.merge(outlet, row.getCell(wordsColumn).getNumericCellValue(), Double::sum);
      sentencesPerOutlet.merge(outlet, 1, Integer::sum);
    }
    Sheet summary = workbook.getSheet("Summary");
    for (Row row : summary) {
      if (row.getRowNum() == 0) {
        continue;
      }
      String outlet = row.getCell(0).getStringCellValue();
      assertThat(row.getCell(column(summary, "Words")).getNumericCellValue()).isEqualTo(wordsPerOutlet.get(outlet));
      assertThat((int) row.getCell(column(summary, "Sentences")).getNumericCellValue())
          .isEqualTo(sentencesPerOutlet.get(outlet));
    }
    // hand-checked in sentences.tsv: 12 sentences for maliweb.net, 15 for Ovajabmedia.com
    assertThat(sentencesPerOutlet).containsEntry(TestStories.MALIWEB, 12).containsEntry(TestStories.OVAJAB, 15);
  }

  @Test
  void summaryFiguresLinkToTheirEvidence() {
    Sheet summary = workbook.getSheet("Summary");
    Cell words = summary.getRow(1).getCell(column(summary, "Words"));
    assertThat(words.getHyperlink()).isNotNull();
    assertThat(words.getHyperlink().getAddress()).startsWith("'Sentences'!A");
  }

  @Test
  void articlesSheetRecordsWhatWasStripped() {
    Sheet articles = workbook.getSheet("Articles");
    String stripped = "";
    String wire = null;
    for (Row row : articles) {
      if (row.getCell(0).getStringCellValue().equals(TestStories.OVAJAB)) {
        stripped = row.getCell(column(articles, "Stripped from the body")).getStringCellValue();
        wire = row.getCell(column(articles, "Wire")).getStringCellValue();
      }
    }
    assertThat(wire).as("the seed credits no agency").isEmpty();
    assertThat(stripped).contains("title: La Russie réaffirme").contains("byline: Séverin Konan")
        .contains("boilerplate: Partagez ce article");
  }

  @Test
  void everyTableSheetHasAFrozenFilteredHeader() {
    workbook.forEach(sheet -> {
      if (sheet.getSheetName().equals("Charts")) {
        return; // blocks of chart data under titles, not one table
      }
      assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
      assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
          .as(sheet.getSheetName()).isTrue();
    });
  }

  @Test
  void aboutListsTheLexiconsWithTheirSources() {
    Sheet about = workbook.getSheet("About");
    List<String> items = new ArrayList<>();
    about.forEach(row -> items.add(row.getCell(1).getStringCellValue()));
    assertThat(items).contains("Parallax version", "lexicons/fr/hedges.txt", "lexicons/fr/polarity.txt");
  }

  @Test
  void writesSlideSizedChartsBesideTheWorkbook() throws IOException {
    Path coverage = dir.resolve("charts/coverage.png");
    assertThat(coverage).exists();
    assertThat(cli.out()).contains("in " + dir.resolve("charts"));
    var image = ImageIO.read(coverage.toFile());
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(900);
  }

  @Test
  void drawsNativeChartsWithExplicitOutletColours() {
    var charts = (org.apache.poi.xssf.usermodel.XSSFSheet) workbook.getSheet("Charts");
    var drawing = charts.getDrawingPatriarch();
    assertThat(drawing.getCharts()).isNotEmpty();
    for (var chart : drawing.getCharts()) {
      var series = chart.getChartSeries().get(0);
      for (int i = 0; i < series.getSeriesCount(); i++) {
        assertThat(series.getSeries(i).getShapeProperties().getFillProperties()).as(chart.getTitleText().getString()).isInstanceOf(org.apache.poi.xddf.usermodel.XDDFSolidFillProperties.class);
      }
    }
  }

  @Test
  void aFailedRunLeavesTheEarlierWorkbookUntouched() throws IOException {
    Path target = dir.resolve("kept.xlsx");
    Files.writeString(target, "an earlier workbook");
    Cli failed = Cli.run("compare", dir.resolve("missing").toString(), "-o", target.toString());
    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(Files.readString(target)).isEqualTo("an earlier workbook");
  }

  @Test
  void helpAndVersionWork() {
    Cli help = Cli.run("compare", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("CORPUS", "--output", "--charts");
    Cli version = Cli.run("--version");
    assertThat(version.out()).startsWith("Parallax ");
    Cli top = Cli.run("--help");
    assertThat(top.out()).contains("Exit codes", "compare", "eval");
  }
}
