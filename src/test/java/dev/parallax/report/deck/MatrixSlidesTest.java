package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartData;
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
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
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
  /** The outlets of two dev-set stories, as a run of 24 outlets has them. */
  private static final List<String> TWENTY_FOUR = Stream.concat(OUTLETS.stream(), Stream.of(
      "agenceafrique.com", "fr.allafrica.com", "fr.euronews.com", "huffingtonpost.fr", "indiatodayne.in",
      "jamaica-gleaner.com", "kiss100.co.ke", "lesiteinfo.com", "maghress.com", "upday.com", "yalibnan.com",
      "zawya.com")).toList();

  @Test
  void fortyFactsOfTwelveOutletsAreEachLabelledOnceOverSeveralSlides() throws IOException {
    XMLSlideShow deck = BriefingDeckTest.readBack(report(OUTLETS, 40, 40));
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
    XMLSlideShow deck = BriefingDeckTest.readBack(report(OUTLETS, 75, 25));
    List<String> ids = new ArrayList<>();
    for (XSLFSlide slide : matrixSlides(deck)) {
      XSLFTable table = BriefingDeckTest.tables(slide).get(0);
      IntStream.range(1, table.getNumberOfRows()).forEach(r -> ids.add(table.getCell(r, 0).getText().substring(0, 3)));
      assertThat(BriefingDeckTest.text(slide)).contains("25 of 75 facts: those two or more outlets report; the 50 "
          + "that one outlet alone reports are in the Facts sheet.");
    }
    assertThat(ids).hasSize(25).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(1))).isLessThanOrEqualTo(25));
  }

  /** At 24 outlets the columns narrow to a line of upright text: each fact keeps 300 points for its words. */
  @Test
  void twentyFourOutletsLeaveEachFactRoomForItsWords() throws IOException {
    XMLSlideShow deck = BriefingDeckTest.readBack(report(TWENTY_FOUR, 30, 30));
    for (XSLFSlide slide : matrixSlides(deck)) {
      XSLFTable table = BriefingDeckTest.tables(slide).get(0);
      assertThat(table.getNumberOfColumns()).isEqualTo(25);
      assertThat(table.getColumnWidth(0)).isGreaterThanOrEqualTo(300);
      assertThat(table.getColumnWidth(1)).as("a line of 12-point text").isGreaterThanOrEqualTo(21);
      assertThat(table.getAnchor().getMaxX()).isLessThanOrEqualTo(960 - 36);
      assertThat(table.getCell(1, 0).getText()).matches("F\\d\\d The central bank's key rate is now .*");
      assertThat(IntStream.range(1, 25).mapToObj(c -> table.getCell(0, c).getText()).toList())
          .containsExactlyElementsOf(TWENTY_FOUR);
    }
  }

  /** A fact's own chart: a line per outlet at 12 outlets; at 24, those that report it and one line for the rest. */
  @Test
  void aFactsChartNamesEveryOutletThatReportsItAndGroupsTheRestPastTwelve() {
    TopFinding f04 = new TopFinding(1, "Several outlets report F04", List.of(), "Facts", "F04", "", Optional.empty(),
        List.of());
    Table twelve = new FindingCharts(new StoryTables(report(OUTLETS, 40, 40))).of(f04).orElseThrow().data();
    assertThat(twelve.stringColumn("Category").asList()).containsExactlyElementsOf(OUTLETS);
    Table many = new FindingCharts(new StoryTables(report(TWENTY_FOUR, 30, 30))).of(f04).orElseThrow().data();
    // F04 in the helper: reported where (4 + o) % 4 == 0 or o == 4, that is by outlets 0, 4, 8, 12, 16 and 20.
    List<String> reporting = IntStream.of(0, 4, 8, 12, 16, 20).mapToObj(TWENTY_FOUR::get).toList();
    assertThat(many.stringColumn("Category").asList()).containsExactlyElementsOf(
        Stream.concat(reporting.stream(), Stream.of("the 18 other outlets")).toList());
    assertThat(many.stringColumn("Status").asList()).last().isEqualTo("absent");
    assertThat(many.stringColumn("Status").asList()).first().isEqualTo("stated");
  }

  /**
   * Bars past twelve outlets: the outlet the finding names and the ten largest keep theirs, the other thirteen share
   * one bar, their mean; at twelve outlets every outlet keeps its bar.
   */
  @Test
  void aFindingsBarsPastTwelveOutletsKeepTheNamedAndLargestAndAverageTheRest() {
    Table data = ChartData.create("finding-source");
    for (int o = 0; o < TWENTY_FOUR.size(); o++) {
      ChartData.add(data, "Of the source", TWENTY_FOUR.get(o), o == 23 ? 1 : 0);
      ChartData.add(data, "All attributed", TWENTY_FOUR.get(o), o);
    }
    // All attributed: outlet o has o statements, so outlets 13 to 22 are the ten largest beside zawya.com (23).
    Table shown = FindingCharts.legible(data, List.of("zawya.com"));
    List<String> outlets = shown.stringColumn("Outlet").asList().stream().distinct().toList();
    assertThat(outlets).containsExactlyElementsOf(Stream.concat(TWENTY_FOUR.subList(13, 24).stream(),
        Stream.of("13 others (mean)")).toList());
    Table others = shown.where(shown.stringColumn("Outlet").isEqualTo("13 others (mean)"));
    assertThat(others.doubleColumn("Value").asList()).containsExactly(0.0, 6.0); // the mean of 0 to 12
    assertThat(FindingCharts.legible(data.where(data.stringColumn("Outlet").isIn(OUTLETS)), List.of()).rowCount())
        .isEqualTo(24);
    // A finding naming more outlets than the slide has bars: its subject, named first, keeps its bar.
    List<String> subjectLast = Stream.concat(Stream.of("zawya.com"), TWENTY_FOUR.subList(0, 12).stream()).toList();
    List<String> kept = FindingCharts.legible(data, subjectLast).stringColumn("Outlet").asList();
    assertThat(kept).contains("zawya.com").containsAll(TWENTY_FOUR.subList(0, 10))
        .doesNotContain(TWENTY_FOUR.get(10), TWENTY_FOUR.get(11));
  }

  /**
   * The notes name the outlets a chart draws together, and only those: a Reuse chart has no bar for the outlet whose
   * shared words it counts, which is not one of the others averaged.
   */
  @Test
  void theOutletsGroupedOnAReuseChartAreThoseItAverages() {
    TopFinding twelve = reuseFinding(OUTLETS);
    assertThat(new FindingCharts(new StoryTables(reuseReport(OUTLETS))).grouped(twelve)).isEmpty();
    TopFinding many = reuseFinding(TWENTY_FOUR);
    FindingCharts charts = new FindingCharts(new StoryTables(reuseReport(TWENTY_FOUR)));
    // Outlet o shares o words with the first: the second (named) and the ten largest, 14 to 23, keep their bars.
    assertThat(charts.grouped(many)).containsExactlyElementsOf(TWENTY_FOUR.subList(2, 14));
    assertThat(charts.of(many).orElseThrow().data().stringColumn("Outlet").asList()).last()
        .isEqualTo("12 others (mean)");
  }

  private static TopFinding reuseFinding(List<String> outlets) {
    return new TopFinding(1, outlets.get(0) + " and " + outlets.get(1) + " share passages word for word",
        outlets.subList(0, 2), "Reuse", "", "", Optional.empty(), List.of());
  }

  /** A story whose Reuse sheet has the first outlet share o words with outlet o. */
  private static StoryReport reuseReport(List<String> outlets) {
    StoryReport facts = report(outlets, 1, 1);
    Table reuse = Table.create("Reuse", StringColumn.create("Outlet"), StringColumn.create("Shared with"),
        DoubleColumn.create("Words"));
    for (int o = 1; o < outlets.size(); o++) {
      reuse.stringColumn("Outlet").append(outlets.get(0));
      reuse.stringColumn("Shared with").append(outlets.get(o) + "#1");
      reuse.doubleColumn("Words").append(o);
    }
    AnalysisResult result = new AnalysisResult("facts", List.of(), List.of(new ResultSheet(reuse, "reuse")), List.of(),
        List.of(), List.of());
    return new StoryReport(facts.story(), List.of(result), facts.findings(), "test", "corpus",
        ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  private static List<XSLFSlide> matrixSlides(XMLSlideShow deck) {
    return deck.getSlides().stream().filter(s -> s.getTitle().startsWith("Which outlet reports which fact")).toList();
  }

  /** A story of the outlets whose Facts sheet has the facts; the first {@code shared} reported by several. */
  private static StoryReport report(List<String> outlets, int facts, int shared) {
    List<ParsedArticle> articles = outlets.stream()
        .map(o -> TestStories.parsedArticle(o, "en", "The ECB cut its key rate on Thursday.")).toList();
    Table table = Table.create("Facts", StringColumn.create("Fact"), StringColumn.create("Summary"));
    outlets.forEach(o -> table.addColumns(StringColumn.create(o), StringColumn.create(o + " sentence")));
    for (int f = 1; f <= facts; f++) {
      table.stringColumn("Fact").append(String.format("F%02d", f));
      table.stringColumn("Summary").append(SUMMARY + f);
      for (int o = 0; o < outlets.size(); o++) {
        boolean reports = f <= shared ? (f + o) % 4 == 0 || o == f % 12 : o == f % 12;
        String status = !reports ? "absent" : o % 3 == 0 ? "stated" : o % 3 == 1 ? "attributed" : "hedged";
        table.stringColumn(outlets.get(o)).append(status);
        table.stringColumn(outlets.get(o) + " sentence").append(reports ? outlets.get(o) + "#1" : "");
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
