package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.report.StoryReport;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The fact × outlet matrix of twelve outlets (long names, as the dev set's) and forty facts, with long summaries: over
 * several slides, every fact labelled once on one line, every table on its slide; and of 75 facts of which 25 are
 * shared, the 25 shared ones.
 */
class MatrixSlidesTest {
  private static final List<String> OUTLETS = List.of("axios.com", "bfmtv.com", "binance.com", "blick.ch",
      "bnnbloomberg.ca", "boursorama.com", "businesstrendstoday.com", "cirocc.best", "economiematin.fr",
      "edito.seloger.com", "euro.dayfr.com", "lapresse.ca");
  private static final String SUMMARY = "The central bank's key rate is now 3.75%, down from a record 4% where it has "
      + "stood since September 2023, fact ";
  private static List<ParsedArticle> articles;

  @BeforeAll
  static void twelveOutlets() {
    articles = OUTLETS.stream().map(o -> TestStories.parsedArticle(o, "en", "The ECB cut its key rate on Thursday."))
        .toList();
  }

  @Test
  void fortyFactsOfTwelveOutletsAreEachLabelledOnceOverSeveralSlides() throws IOException {
    XMLSlideShow deck = BriefingDeckTest.readBack(report(40, 40));
    List<XSLFSlide> matrix = matrixSlides(deck);
    assertThat(matrix).hasSizeGreaterThanOrEqualTo(2);
    List<String> labels = new ArrayList<>();
    for (XSLFSlide slide : matrix) {
      XSLFTable table = BriefingDeckTest.tables(slide).get(0);
      assertThat(table.getNumberOfColumns()).isEqualTo(13);
      assertThat(table.getAnchor().getMaxY()).as(slide.getTitle()).isLessThanOrEqualTo(540 - 24);
      double labelWidth = table.getColumnWidth(0);
      for (int r = 1; r < table.getNumberOfRows(); r++) {
        String label = table.getCell(r, 0).getText();
        labels.add(label);
        assertThat(TextFit.lines(label, 12, false, labelWidth - 8)).as(label).hasSize(1);
        assertThat(label).as("cut between words").matches("F\\d\\d The central bank's .*(\\p{L}|\\d)…|F\\d\\d .*");
      }
      assertThat(IntStream.range(1, 13).mapToObj(c -> table.getCell(0, c).getText()).toList())
          .containsExactlyElementsOf(OUTLETS);
    }
    assertThat(labels.stream().map(l -> l.substring(0, 3)).sorted().toList())
        .isEqualTo(IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("F%02d", i)).toList());
    assertThat(matrix.get(0).getTitle()).isEqualTo("Which outlet reports which fact (1 of " + matrix.size() + ")");
  }

  @Test
  void ofSeventyFiveFactsTheTwentyFiveThatSeveralOutletsReportAreShown() throws IOException {
    XMLSlideShow deck = BriefingDeckTest.readBack(report(75, 25));
    List<String> ids = new ArrayList<>();
    for (XSLFSlide slide : matrixSlides(deck)) {
      XSLFTable table = BriefingDeckTest.tables(slide).get(0);
      IntStream.range(1, table.getNumberOfRows()).forEach(r -> ids.add(table.getCell(r, 0).getText().substring(0, 3)));
      assertThat(BriefingDeckTest.text(slide)).contains("25 of 75 facts: those two or more outlets report; the 50 "
          + "that one outlet alone reports are in the Facts sheet.");
    }
    assertThat(ids).hasSize(25).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1))).isLessThanOrEqualTo(25));
  }

  private static List<XSLFSlide> matrixSlides(XMLSlideShow deck) {
    return deck.getSlides().stream().filter(s -> s.getTitle().startsWith("Which outlet reports which fact")).toList();
  }

  /** A story of the twelve outlets whose Facts sheet has the facts; the first {@code shared} reported by three. */
  private static StoryReport report(int facts, int shared) {
    Table table = Table.create("Facts", StringColumn.create("Fact"), StringColumn.create("Summary"));
    OUTLETS.forEach(o -> table.addColumns(StringColumn.create(o), StringColumn.create(o + " sentence")));
    for (int f = 1; f <= facts; f++) {
      table.stringColumn("Fact").append(String.format("F%02d", f));
      table.stringColumn("Summary").append(SUMMARY + f);
      for (int o = 0; o < OUTLETS.size(); o++) {
        boolean reports = f <= shared ? (f + o) % 4 == 0 || o == f % 12 : o == f % 12;
        String status = !reports ? "absent" : o % 3 == 0 ? "stated" : o % 3 == 1 ? "attributed" : "hedged";
        table.stringColumn(OUTLETS.get(o)).append(status);
        table.stringColumn(OUTLETS.get(o) + " sentence").append(reports ? OUTLETS.get(o) + "#1" : "");
      }
    }
    AnalysisResult result = new AnalysisResult("facts", List.of(), List.of(new ResultSheet(table, "facts")), List.of(),
        List.of(), List.of());
    Table findings = Table.create(Findings.SHEET, IntColumn.create("Rank"), StringColumn.create("Finding"),
        DoubleColumn.create("Separation"), StringColumn.create("Outlet"), StringColumn.create("Evidence sheet"),
        StringColumn.create(Findings.EVIDENCE_ROW), StringColumn.create("Sentence"));
    return new StoryReport(new ParsedStory("ecb-like", articles), List.of(result), new ResultSheet(findings, ""),
        "test", "corpus", ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC));
  }
}
