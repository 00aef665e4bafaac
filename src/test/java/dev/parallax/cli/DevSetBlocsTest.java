package dev.parallax.cli;

import static dev.parallax.WorkbookChecks.cells;
import static dev.parallax.WorkbookChecks.column;
import static dev.parallax.WorkbookChecks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.WorkbookChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocs on two 12-outlet stories of the development set, with outlets.tsv files written here (the analyst's labels:
 * countries from the outlets' own sites). The texts are not committed: the tests run where devset/rebuild has
 * built them, in devset/corpus or in the folder PARALLAX_DEVSET names, and are skipped elsewhere.
 */
class DevSetBlocsTest {
  private static final String SENEGAL = """
      outlet\tcountry\tkind\tbloc
      pressafrik.com\tSenegal\tprivate\tSenegalese press
      sene1.com\tSenegal\tprivate\tSenegalese press
      afriques.info\t\tprivate\tinternational French-language press
      icibeyrouth.com\tLebanon\tprivate\tinternational French-language press
      information.tv5monde.com\tFrance\tpublic/state\tinternational French-language press
      oceanguinee.com\tGuinea\tprivate\tWest African press
      pressecotedivoire.fr\tCôte d'Ivoire\tprivate\tWest African press
      africanews.com\tRepublic of the Congo\tprivate\tEnglish-language press
      allafrica.com\tMauritius\tagency\tEnglish-language press
      foroyaa.net\tThe Gambia\tprivate\tEnglish-language press
      kafupdates.com\tThe Gambia\tprivate\tEnglish-language press
      urdupoint.com\tPakistan\tprivate\tEnglish-language press
      """;
  /** fr.allafrica.com, an aggregator, is left out of every bloc: it has no Bloc, and no bloc row counts it. */
  private static final String MOROCCO = """
      outlet\tcountry\towner\tkind\tbloc
      agenceafrique.com\tMorocco\t\tprivate\tMoroccan press
      lesiteinfo.com\tMorocco\t\tprivate\tMoroccan press
      maghress.com\tMorocco\t\tprivate\tMoroccan press
      huffingtonpost.fr\tFrance\t\tprivate\tFrench press
      fr.euronews.com\tFrance\tEuronews\tprivate\tFrench press
      upday.com\tGermany\tAxel Springer\tprivate\tFrench press
      fr.allafrica.com\tMauritius\tAllAfrica Global Media\tagency\t
      indiatodayne.in\tIndia\t\tprivate\tEnglish-language press
      jamaica-gleaner.com\tJamaica\tThe Gleaner Company\tprivate\tEnglish-language press
      kiss100.co.ke\tKenya\tRadio Africa Group\tprivate\tEnglish-language press
      yalibnan.com\tLebanon\t\tblog\tEnglish-language press
      zawya.com\tUnited Arab Emirates\t\tprivate\tEnglish-language press
      """;

  @TempDir
  Path dir;

  @Test
  void theSenegalesePressLeavesOutWhatTheInternationalPressReports() throws IOException {
    Workbook workbook = compare("senegal-presidential-results-2024-03", SENEGAL);
    Sheet findings = workbook.getSheet("Findings");
    Row first = findings.getRow(1);
    // Checked by hand: neither Senegalese site says the Constitutional Council still has to validate the result.
    assertThat(text(first, column(findings, "Finding"))).isEqualTo("international French-language press (2 of 3 "
        + "outlets: afriques.info, icibeyrouth.com) reports “Ce qui sera fait d’ici à quelques jours en fonction "
        + "d’éventuels recours.”; Senegalese press (pressafrik.com, sene1.com) does not");
    assertThat(text(first, column(findings, "Outlet"))).isEqualTo(
        "afriques.info, icibeyrouth.com, pressafrik.com, sene1.com");
    assertThat(text(first, column(findings, "Bloc"))).isEqualTo(
        "international French-language press, Senegalese press");
    assertThat(text(first, column(findings, "Sentence"))).startsWith("afriques.info#");
    WorkbookChecks.assertLinksResolve(workbook);
  }

  @Test
  void twelveOutletsInThreeBlocsAndOneOutsideThem() throws IOException {
    Workbook workbook = compare("morocco-earthquake-2023-09", MOROCCO);
    Sheet summary = workbook.getSheet("Summary");
    List<String> outlets = cells(summary, "Outlet");
    assertThat(outlets).hasSize(15).endsWith("Bloc: Moroccan press (mean of 3 outlets)",
        "Bloc: French press (mean of 3 outlets)", "Bloc: English-language press (mean of 5 outlets)");
    List<String> blocs = cells(summary, "Bloc");
    assertThat(blocs.get(outlets.indexOf("fr.allafrica.com"))).isEmpty();
    assertThat(blocs.get(outlets.indexOf("yalibnan.com"))).isEqualTo("English-language press");
    // The bloc's words are the mean of its outlets' words.
    List<String> words = cells(summary, "Words");
    double moroccan = (Double.parseDouble(words.get(outlets.indexOf("agenceafrique.com")))
        + Double.parseDouble(words.get(outlets.indexOf("lesiteinfo.com")))
        + Double.parseDouble(words.get(outlets.indexOf("maghress.com")))) / 3;
    assertThat(summary.getRow(outlets.indexOf("Bloc: Moroccan press (mean of 3 outlets)") + 1)
        .getCell(column(summary, "Words")).getNumericCellValue()).isCloseTo(moroccan, org.assertj.core.data.Offset.offset(1e-9));

    Sheet articles = workbook.getSheet("Articles");
    List<String> articleOutlets = cells(articles, "Outlet");
    assertThat(cells(articles, "Kind").get(articleOutlets.indexOf("yalibnan.com"))).isEqualTo("blog");
    assertThat(cells(articles, "Owner").get(articleOutlets.indexOf("upday.com"))).isEqualTo("Axel Springer");
    assertThat(cells(articles, "Country").get(articleOutlets.indexOf("fr.allafrica.com"))).isEqualTo("Mauritius");

    Sheet facts = workbook.getSheet("Facts");
    assertThat(cells(facts, "Blocs")).isNotEmpty()
        .allMatch(cell -> cell.matches("Moroccan press [0-3]/3 · French press [0-3]/3 · English-language press [0-5]/5"));
    Sheet attribution = workbook.getSheet("Attribution");
    assertThat(column(attribution, "Bloc")).isEqualTo(column(attribution, "Outlet") + 1);
    WorkbookChecks.assertLinksResolve(workbook);
  }

  private Workbook compare(String story, String profiles) throws IOException {
    Path devset = Path.of(System.getenv().getOrDefault("PARALLAX_DEVSET", "devset"));
    Path corpus = devset.resolve("corpus").resolve(story);
    Assumptions.assumeTrue(Files.isDirectory(corpus), "the dev-set texts are not built (devset/rebuild)");
    Path copy = Files.createDirectories(dir.resolve(story));
    try (var files = Files.list(corpus)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Files.writeString(copy.resolve("outlets.tsv"), profiles);
    Cli cli = Cli.run("compare", copy.toString(), "-o", dir.resolve("out/comparison.xlsx").toString(), "--no-charts");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    return WorkbookChecks.open(dir.resolve("out/comparison.xlsx"));
  }
}
