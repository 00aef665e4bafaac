package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.findings.Findings;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** A finding's evidence link opens the row of its fact or sentence, not the outlet's first row or the header. */
class FindingLinksTest {

  @Test
  void eachFindingLinksToTheRowOfItsKey() {
    var results = Analyzers.runAll(TestStories.seeds());
    StoryReport report = new StoryReport(TestStories.seeds(), results, Findings.of(TestStories.seeds(), results),
        "test", "corpus", ZonedDateTime.now());
    Layout layout = new Layout(report);
    Table findings = report.findings().table();
    assertThat(findings.rowCount()).isPositive();
    for (int r = 0; r < findings.rowCount(); r++) {
      String sheet = findings.stringColumn("Evidence sheet").get(r);
      String key = findings.stringColumn(Findings.EVIDENCE_ROW).get(r);
      String link = layout.evidence(sheet, findings.stringColumn("Outlet").get(r), key);
      int row = rowOf(report, sheet, key);
      assertThat(row).as(findings.stringColumn("Finding").get(r)).isPositive();
      assertThat(link).isEqualTo(SheetWriter.address(sheet, row, 0));
    }
  }

  @Test
  void aFindingAboutSeveralOutletsFallsBackToTheFirstOutletNamed() {
    var results = Analyzers.runAll(TestStories.seeds());
    StoryReport report = new StoryReport(TestStories.seeds(), results, Findings.of(TestStories.seeds(), results),
        "test", "corpus", ZonedDateTime.now());
    Layout layout = new Layout(report);
    assertThat(layout.evidence("Attribution", TestStories.OVAJAB + ", " + TestStories.MALIWEB, "no such row"))
        .isEqualTo(layout.evidence("Attribution", TestStories.OVAJAB));
  }

  private static int rowOf(StoryReport report, String sheet, String key) {
    if (sheet.equals(WorkbookWriter.SENTENCES)) {
      var sentences = report.story().sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).id().equals(key)) {
          return i + 1;
        }
      }
      return -1;
    }
    Table table = report.results().stream().flatMap(x -> x.sheets().stream()).filter(s -> s.name().equals(sheet))
        .findFirst().orElseThrow().table();
    for (int r = 0; r < table.rowCount(); r++) {
      if (table.column(0).getString(r).equals(key)
          || table.columnNames().contains("Sentence") && table.column("Sentence").getString(r).equals(key)) {
        return r + 1;
      }
    }
    return -1;
  }
}
