package dev.parallax.cli;

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

/** `compare` on the seed story with an outlets.tsv beside its articles: profiles and blocs in every outlet sheet. */
class OutletBlocsTest {
  private static final String PROFILES = """
      outlet\tcountry\towner\tkind\tbloc
      # the analyst's labels
      maliweb.net\tMali\tMaliweb SARL\tprivate\tMalian press
      Ovajabmedia.com\tCôte d'Ivoire\tOvajab Media\tblog\tIvorian press
      """;
  private static final Map<String, String> BLOC = Map.of(TestStories.MALIWEB, "Malian press",
      TestStories.OVAJAB, "Ivorian press");

  @TempDir
  static Path dir;
  static Cli cli;
  static Workbook workbook;

  @BeforeAll
  static void run() throws IOException {
    Path story = Files.createDirectories(dir.resolve("corpus").resolve("aes-russia-moscow-2025-04"));
    try (var files = Files.list(TestStories.SEED_STORY)) {
      for (Path file : files.toList()) {
        Files.copy(file, story.resolve(file.getFileName()));
      }
    }
    Files.writeString(story.resolve("outlets.tsv"), PROFILES);
    cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out/comparison.xlsx").toString(),
        "--charts", dir.resolve("out/charts").toString());
    workbook = WorkbookChecks.open(dir.resolve("out/comparison.xlsx"));
  }

  @Test
  void runsAndKeepsEveryLinkWhole() {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.err()).doesNotContain("outlets.tsv left out");
    WorkbookChecks.assertLinksResolve(workbook);
  }

  @Test
  void articlesShowCountryOwnerKindAndBloc() {
    Sheet articles = workbook.getSheet("Articles");
    Map<String, List<String>> byOutlet = new HashMap<>();
    for (Row row : dataRows(articles)) {
      byOutlet.put(text(row, column(articles, "Outlet")), List.of(text(row, column(articles, "Country")),
          text(row, column(articles, "Owner")), text(row, column(articles, "Kind")), text(row, column(articles, "Bloc"))));
    }
    assertThat(byOutlet).containsEntry(TestStories.MALIWEB, List.of("Mali", "Maliweb SARL", "private", "Malian press"))
        .containsEntry(TestStories.OVAJAB, List.of("Côte d'Ivoire", "Ovajab Media", "blog", "Ivorian press"));
  }

  @Test
  void everySheetWithAnOutletColumnHasItsBlocBesideIt() {
    int checked = 0;
    for (Sheet sheet : workbook) {
      int outlet = find(sheet, "Outlet");
      if (outlet < 0 || sheet.getSheetName().equals("Articles") || sheet.getSheetName().equals("Sentences")) {
        continue;
      }
      assertThat(text(sheet.getRow(0), outlet + 1)).as(sheet.getSheetName()).isEqualTo("Bloc");
      for (Row row : dataRows(sheet)) {
        String outlets = text(row, outlet);
        if (outlets.startsWith("Bloc: ")) {
          continue;
        }
        List<String> blocs = new ArrayList<>();
        for (String name : outlets.split(", ")) {
          if (!blocs.contains(BLOC.get(name))) {
            blocs.add(BLOC.get(name));
          }
        }
        assertThat(text(row, outlet + 1)).as(sheet.getSheetName() + " row " + row.getRowNum())
            .isEqualTo(String.join(", ", blocs));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(List.of("Findings", "Summary", "Attribution", "Hedging", "Tone"))
        .allMatch(name -> find(workbook.getSheet(name), "Bloc") > 0);
  }

  @Test
  void theSummaryComparesTheBlocsAsWellAsTheOutlets() {
    Sheet summary = workbook.getSheet("Summary");
    Map<String, Double> words = new HashMap<>();
    for (Row row : dataRows(summary)) {
      words.put(text(row, 0), row.getCell(column(summary, "Words")).getNumericCellValue());
    }
    assertThat(words).containsKeys("Bloc: Malian press (mean of 1 outlet)", "Bloc: Ivorian press (mean of 1 outlet)");
    assertThat(words.get("Bloc: Malian press (mean of 1 outlet)")).isEqualTo(words.get(TestStories.MALIWEB));
  }

  @Test
  void theFactsSheetCountsTheOutletsOfEachBlocThatReportAFact() {
    Sheet facts = workbook.getSheet("Facts");
    int blocs = column(facts, "Blocs");
    for (Row row : dataRows(facts)) {
      String expected = BLOC.entrySet().stream().sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
          .map(e -> e.getValue() + " " + (reports(facts, row, e.getKey()) ? 1 : 0) + "/1").toList().toString();
      assertThat(List.of(text(row, blocs).split(" · ")).toString()).as(text(row, 0)).isEqualTo(expected);
    }
  }

  private static boolean reports(Sheet facts, Row row, String outlet) {
    String status = text(row, column(facts, outlet));
    return !status.isEmpty() && !status.equals("absent");
  }

  private static int find(Sheet sheet, String header) {
    for (var cell : sheet.getRow(0)) {
      if (text(sheet.getRow(0), cell.getColumnIndex()).equals(header)) {
        return cell.getColumnIndex();
      }
    }
    return -1;
  }
}
