package dev.parallax.cli;

import static dev.parallax.WorkbookChecks.cells;
import static dev.parallax.WorkbookChecks.column;
import static dev.parallax.WorkbookChecks.dataRows;
import static dev.parallax.WorkbookChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.WorkbookChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story with Ovajabmedia.com's article cut into a report and a follow-up (two files, one outlet), the
 * follow-up repeating the report's background paragraph word for word, as follow-ups do: both are counted under the
 * outlet, each keeps its own id, and the repeated wording is never reuse between two outlets.
 */
class SeveralArticlesOfOneOutletTest {
  private static final String REPORT = "Ovajabmedia.com/ovajab-1-rapport";
  private static final String FOLLOW_UP = "Ovajabmedia.com/ovajab-2-suivi";

  @TempDir
  static Path dir;
  static Cli cli;
  static Workbook workbook;
  static List<String> seedLines;

  @BeforeAll
  static void run() throws IOException {
    Path story = Files.createDirectories(dir.resolve("aes-russia-moscow-2025-04"));
    Files.copy(TestStories.SEED_STORY.resolve("maliweb.net.txt"), story.resolve("maliweb.net.txt"));
    seedLines = Files.readAllLines(TestStories.SEED_STORY.resolve("Ovajabmedia.com.txt"));
    // Lines 1–17: front matter, title line, the first four paragraphs; line 15 is the background paragraph.
    Files.writeString(story.resolve("ovajab-1-rapport.txt"), String.join("\n", seedLines.subList(0, 17)) + "\n");
    String followUp = "---\noutlet: Ovajabmedia.com\ntitle: \"Vers une collaboration renforcée pour la sécurité du "
        + "Sahel\"\nlanguage: fr\n---\n" + String.join("\n", seedLines.subList(20, 26)) + "\n\n" + seedLines.get(14)
        + "\n\n" + String.join("\n", seedLines.subList(26, seedLines.size())) + "\n";
    Files.writeString(story.resolve("ovajab-2-suivi.txt"), followUp);
    cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out/comparison.xlsx").toString(),
        "--charts", dir.resolve("out/charts").toString());
    workbook = WorkbookChecks.open(dir.resolve("out/comparison.xlsx"));
  }

  @Test
  void runsEndToEndWithTwoOutletsInEveryChart() throws IOException {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (var charts = Files.list(dir.resolve("out/charts"))) {
      assertThat(charts.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(7);
    }
    assertThat(column(workbook.getSheet("Summary"), "Outlet")).isZero();
    assertThat(cells(workbook.getSheet("Summary"), "Outlet")).containsExactly(TestStories.MALIWEB, TestStories.OVAJAB);
    assertThat(cells(workbook.getSheet("Actors"), "Actor")).isNotEmpty();
    assertThat(workbook.getSheet("Actors").getRow(0).getLastCellNum()).isEqualTo((short) 7); // Actor + 2 × 3 columns
    WorkbookChecks.assertLinksResolve(workbook);
  }

  @Test
  void eachFileHasItsRowAndIdInTheArticlesSheet() {
    Sheet articles = workbook.getSheet("Articles");
    assertThat(cells(articles, "Outlet")).containsExactly(TestStories.MALIWEB, TestStories.OVAJAB, TestStories.OVAJAB);
    assertThat(cells(articles, "Article")).containsExactly(TestStories.MALIWEB, REPORT, FOLLOW_UP);
    assertThat(cells(articles, "File")).containsExactly("maliweb.net.txt", "ovajab-1-rapport.txt", "ovajab-2-suivi.txt");
    assertThat(cells(articles, "Title").get(2)).isEqualTo("Vers une collaboration renforcée pour la sécurité du Sahel");
  }

  @Test
  void sentencesAreNumberedInEachFileUnderItsId() {
    Sheet sentences = workbook.getSheet("Sentences");
    List<String> ids = cells(sentences, "Sentence");
    assertThat(ids).contains(REPORT + "#1", FOLLOW_UP + "#1").doesNotContain(TestStories.OVAJAB + "#1");
    int first = ids.indexOf(FOLLOW_UP + "#1");
    Row row = sentences.getRow(first + 1);
    assertThat(row.getCell(column(sentences, "Outlet")).getStringCellValue()).isEqualTo(TestStories.OVAJAB);
    assertThat(row.getCell(column(sentences, "Paragraph")).getNumericCellValue()).isEqualTo(1);
    // Offsets count in the follow-up's own file: its first sentence starts right after the front matter.
    assertThat(row.getCell(column(sentences, "Text")).getStringCellValue()).startsWith("Avec la montée des défis");
    assertThat(row.getCell(column(sentences, "Start")).getNumericCellValue()).isLessThan(200);
  }

  @Test
  void theOutletsFiguresAddUpItsFiles() {
    Sheet articles = workbook.getSheet("Articles");
    Sheet summary = workbook.getSheet("Summary");
    Map<String, Double> words = new HashMap<>();
    for (Row row : dataRows(articles)) {
      words.merge(text(row, column(articles, "Outlet")), row.getCell(column(articles, "Words")).getNumericCellValue(),
          Double::sum);
    }
    for (Row row : dataRows(summary)) {
      assertThat(row.getCell(column(summary, "Words")).getNumericCellValue()).as(text(row, 0))
          .isEqualTo(words.get(text(row, 0)));
    }
  }

  @Test
  void theRepeatedBackgroundIsNeverReuseBetweenTwoOutletsNorASecondOutlet() {
    Sheet sentences = workbook.getSheet("Sentences");
    List<String> ids = cells(sentences, "Sentence");
    List<String> texts = cells(sentences, "Text");
    // The background paragraph: sentences 6 and 7 of the report, written again as 6 and 7 of the follow-up.
    assertThat(texts.get(ids.indexOf(REPORT + "#6"))).startsWith("L’Alliance des États du Sahel, qui est une")
        .isEqualTo(texts.get(ids.indexOf(FOLLOW_UP + "#6")));
    assertThat(texts.get(ids.indexOf(REPORT + "#7"))).isEqualTo(texts.get(ids.indexOf(FOLLOW_UP + "#7")));
    Sheet reuse = workbook.getSheet("Reuse");
    for (Row row : dataRows(reuse)) {
      String sentence = text(row, column(reuse, "Sentence"));
      String sharedWith = text(row, column(reuse, "Shared with"));
      assertThat(List.of(sentence, sharedWith)).as("row " + row.getRowNum())
          .doesNotContain(REPORT + "#6", REPORT + "#7", FOLLOW_UP + "#6", FOLLOW_UP + "#7");
    }
    for (Row row : dataRows(workbook.getSheet("Findings"))) {
      String finding = text(row, 1);
      assertThat(finding).doesNotContain(REPORT).doesNotContain(FOLLOW_UP)
          .doesNotContain(TestStories.OVAJAB + " and " + TestStories.OVAJAB);
    }
    Sheet facts = workbook.getSheet("Facts");
    List<String> headers = new ArrayList<>();
    facts.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    assertThat(headers).contains(TestStories.OVAJAB, TestStories.OVAJAB + " sentence")
        .noneMatch(h -> h.contains("/"));
    // The repeated paragraph's fact holds one sentence of the outlet, from one of its files.
    assertThat(cells(facts, TestStories.OVAJAB + " sentence")).anyMatch(id -> id.startsWith(FOLLOW_UP + "#"))
        .anyMatch(id -> id.startsWith(REPORT + "#"));
  }
}
