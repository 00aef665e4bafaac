package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.WorkbookChecks;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.findings.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A name taken from the data (an outlet's) with characters illegal in a sheet name and in a file name: the sheet
 * and the chart file get safe names, and the links follow.
 */
class SafeNamesTest {
  static final String OUTLET = "Le Monde: Afrique/Sahel?*[1]";

  @TempDir
  Path dir;

  @Test
  void sheetNames() {
    assertThat(SafeNames.sheet(OUTLET)).isEqualTo("Le Monde_ Afrique_Sahel___1_");
    assertThat(SafeNames.sheet("'Quoted'")).doesNotStartWith("'").doesNotEndWith("'");
    assertThat(SafeNames.sheet("A very long outlet name that Excel would refuse")).hasSize(31);
    assertThat(SafeNames.sheet("line\nbreak")).isEqualTo("line_break");
    assertThat(SafeNames.sheet("History")).isNotEqualToIgnoringCase("history");
    assertThat(SafeNames.sheet("")).isNotEmpty();
    assertThat(SafeNames.sheet("Summary")).isEqualTo("Summary");
  }

  @Test
  void fileNames() {
    assertThat(SafeNames.file(OUTLET)).isEqualTo("Le Monde_ Afrique_Sahel__[1]");
    assertThat(SafeNames.file("../../etc/passwd")).doesNotContain("/").doesNotStartWith(".");
    assertThat(SafeNames.file("a\\b<c>d|e\"f")).isEqualTo("a_b_c_d_e_f");
    assertThat(SafeNames.file("CON")).isEqualTo("_CON");
    assertThat(SafeNames.file("ends with dot.")).isEqualTo("ends with dot");
    assertThat(SafeNames.file("")).isEqualTo("_");
    assertThat(SafeNames.file("x".repeat(500))).hasSizeLessThanOrEqualTo(120);
    assertThat(SafeNames.file("tone-actors")).isEqualTo("tone-actors");
  }

  /** An analyzer result whose sheet and chart are named after an outlet, as a per-outlet table might be. */
  @Test
  void aSheetAndAChartNamedAfterTheOutletGetSafeNamesAndLinksFollow() throws IOException {
    Table table = Table.create(OUTLET, StringColumn.create("Outlet", TestStories.MALIWEB),
        StringColumn.create("Sentence", TestStories.MALIWEB + "#1"));
    Table chart = Table.create("chart", StringColumn.create("Category", "Mentions"),
        StringColumn.create("Outlet", TestStories.MALIWEB), DoubleColumn.create("Value", 1.0));
    AnalysisResult result = new AnalysisResult("test",
        List.of(new Figure(TestStories.MALIWEB, "Mentions", 1, Figure.Format.COUNT, OUTLET)),
        List.of(new ResultSheet(table, "a table named after an outlet")), List.of(),
        List.of(new ChartSpec(OUTLET, "A chart named after an outlet", "", "Count", ChartSpec.Kind.GROUPED_BARS,
            chart)),
        List.of());
    StoryReport report = new StoryReport(TestStories.seeds(), List.of(result),
        Findings.of(TestStories.seeds(), List.of(result)), "test", "corpus", ZonedDateTime.now());

    Path file = dir.resolve("comparison.xlsx");
    AtomicFile.write(file, out -> new WorkbookWriter().write(report, out));
    List<Path> charts;
    try (OutputTransaction outputs = new OutputTransaction()) {
      charts = ChartWriter.write(new ChartWriter(1).render(report), dir.resolve("charts"), outputs);
      outputs.commit();
    }

    try (Workbook workbook = WorkbookChecks.open(file)) {
      WorkbookChecks.assertLegalSheetNames(workbook);
      WorkbookChecks.assertLinksResolve(workbook);
      assertThat(WorkbookChecks.sheetNames(workbook)).contains("Le Monde_ Afrique_Sahel___1_");
      Sheet summary = workbook.getSheet("Summary");
      assertThat(summary.getRow(1).getCell(WorkbookChecks.column(summary, "Mentions")).getHyperlink().getAddress())
          .isEqualTo("'Le Monde_ Afrique_Sahel___1_'!A2");
    }
    assertThat(charts).containsExactly(dir.resolve("charts/Le Monde_ Afrique_Sahel__[1].png"));
    try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
      assertThat(files).allMatch(Files::isRegularFile).hasSize(1);
    }
  }
}
