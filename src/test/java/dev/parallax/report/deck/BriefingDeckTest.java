package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.findings.Findings;
import dev.parallax.report.OutputException;
import dev.parallax.report.OutputTransaction;
import dev.parallax.report.StoryReport;
import dev.parallax.text.ParsedStory;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story's deck read back with POI: eight slides (title, the four findings the Findings sheet ranks, the
 * matrix of its seventeen facts, method and limits), titled, with pictures, tables and speaker notes; expectations
 * checked by hand against the two articles and the workbook.
 */
class BriefingDeckTest {
  private static XMLSlideShow deck;
  private static StoryReport report;

  @BeforeAll
  static void writeTheSeedDeck() throws IOException {
    ParsedStory story = TestStories.seeds();
    List<AnalysisResult> results = Analyzers.runAll(story);
    report = new StoryReport(story, results, Findings.of(story, results), "0.1.0-test",
        "corpus/aes-russia-moscow-2025-04", ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.UTC));
    deck = readBack(report);
  }

  @Test
  void nineSixteenByNineSlidesEachTitledAndWithSpeakerNotes() {
    assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540));
    assertThat(deck.getSlides()).hasSize(8);
    for (XSLFSlide slide : deck.getSlides()) {
      assertThat(slide.getTitle()).as("slide %d", slide.getSlideNumber()).isNotBlank();
      assertThat(slide.getNotes()).as("notes of slide %d", slide.getSlideNumber()).isNotNull();
      assertThat(notes(slide)).as("notes of slide %d", slide.getSlideNumber()).isNotBlank()
          .as("no date from POI's template").doesNotContain("2013");
    }
  }

  @Test
  void theTitleSlideNamesTheStoryItsOutletsLanguagesDatesAndVersion() {
    XSLFSlide title = deck.getSlides().get(0);
    assertThat(title.getTitle()).isEqualTo("aes-russia-moscow-2025-04");
    assertThat(text(title)).contains("2 outlets: maliweb.net, Ovajabmedia.com")
        .contains("Dates: not given (no article has a date)").contains("Languages: French (2)")
        .contains("Parallax 0.1.0-test, run 2026-11-24 09:30 Z");
  }

  @Test
  void oneSlidePerFindingInTheFindingsSheetsOrderEachWithTheChartOfItsOwnData() {
    List<String> ranked = report.findings().table().stringColumn("Finding").asList();
    assertThat(ranked).hasSize(4);
    List<String> titles = deck.getSlides().subList(1, 5).stream().map(XSLFSlide::getTitle).toList();
    assertThat(titles).containsExactlyElementsOf(ranked);
    assertThat(titles.get(0)).isEqualTo("Only Ovajabmedia.com quotes Abdoulaye Diop (3 times)");
    for (XSLFSlide slide : deck.getSlides().subList(1, 5)) {
      assertThat(pictures(slide)).as(slide.getTitle()).hasSize(1);
      assertThat(pictures(slide).get(0).getPictureData().getData()).as("a PNG").startsWith(0x89, 'P', 'N', 'G');
    }
  }

  /** Diop speaks in Ovajabmedia.com#3 (indirect), #4 and #8 (direct): all three on the slide and in the notes. */
  @Test
  void theFindingsEvidenceLinesNameOutletSentenceAndWords() {
    XSLFSlide diop = deck.getSlides().get(1);
    assertThat(text(diop)).contains("Ovajabmedia.com#3 · indirect quote, Abdoulaye Diop")
        .contains("la détermination de la Russie à soutenir les efforts de sécurité de l’AES")
        .contains("Ovajabmedia.com#4").contains("Ovajabmedia.com#8");
    assertThat(notes(diop)).contains("Ovajabmedia.com (Ovajabmedia.com#3").contains("Ovajabmedia.com#4")
        .contains("Ovajabmedia.com (Ovajabmedia.com#8, direct quote, Abdoulaye Diop): “très francs et très ouverts”");
  }

  /** Finding 2 is maliweb.net's F11 (the 4 and 5 April meeting): its chart is that fact's row, its evidence #12. */
  @Test
  void aFactFindingShowsTheFactsSentence() {
    XSLFSlide fact = deck.getSlides().get(2);
    assertThat(fact.getTitle()).startsWith("Only maliweb.net reports");
    assertThat(text(fact)).contains("maliweb.net#12 · stated")
        .contains("cette première réunion qui fera date s’est tenue en Russie les 4 et 5 avril 2025");
    assertThat(notes(fact)).contains("Chart: How each outlet carries fact F11");
  }

  /** Finding 3 quotes maliweb.net's 101 quoted words and 27%: its chart shows both figures for each outlet. */
  @Test
  void aFigureFindingsChartShowsTheFiguresItQuotes() {
    XSLFSlide quoted = deck.getSlides().get(3);
    assertThat(quoted.getTitle()).startsWith("maliweb.net quotes the most words directly: 101 words");
    assertThat(notes(quoted)).contains("Chart: Quoted words and quoted share, per outlet");
    assertThat(text(quoted)).contains("maliweb.net#6 · 35 words quoted");
  }

  @Test
  void theMatrixLabelsEveryFactAndGivesEachOutletsStatus() {
    XSLFSlide matrix = deck.getSlides().get(5);
    assertThat(matrix.getTitle()).isEqualTo("Which outlet reports which fact");
    XSLFTable table = tables(matrix).get(0);
    assertThat(table.getNumberOfRows()).isEqualTo(18);
    assertThat(table.getNumberOfColumns()).isEqualTo(3);
    assertThat(table.getCell(0, 1).getText()).isEqualTo("maliweb.net");
    List<String> labels = IntStream.range(1, 18).mapToObj(r -> table.getCell(r, 0).getText()).toList();
    assertThat(labels).allSatisfy(label -> assertThat(label).matches("F\\d\\d \\S.*"));
    assertThat(labels.stream().map(l -> l.substring(0, 3)).sorted().toList())
        .isEqualTo(IntStream.rangeClosed(1, 17).mapToObj(i -> String.format("F%02d", i)).toList());
    // F13 ("Cette déclaration met en lumière la volonté de Moscou…") is Ovajabmedia.com's alone.
    int f13 = labels.indexOf(labels.stream().filter(l -> l.startsWith("F13")).findFirst().orElseThrow()) + 1;
    assertThat(table.getCell(f13, 1).getText()).isEmpty();
    assertThat(table.getCell(f13, 2).getText()).isEqualTo("S");
    assertThat(table.getAnchor().getMaxY()).isLessThanOrEqualTo(540);
  }

  @Test
  void theMethodSlidesGiveEachAnalyzerItsLineAndTheDevSetFigures() {
    XSLFSlide method = deck.getSlides().get(6);
    assertThat(method.getTitle()).isEqualTo("Method and limits: what each analyzer does, and how often it is right");
    XSLFTable table = tables(method).get(0);
    List<String> analyzers = IntStream.range(1, table.getNumberOfRows()).mapToObj(r -> table.getCell(r, 0).getText())
        .toList();
    assertThat(analyzers).containsExactly("coverage", "attribution", "hedging", "facts", "tone", "findings");
    assertThat(table.getCell(1 + analyzers.indexOf("attribution"), 2).getText())
        .containsPattern("^quotes P / R / F1 0\\.\\d\\d / 0\\.\\d\\d / 0\\.\\d\\d; speaker right 0\\.\\d\\d");
    assertThat(table.getCell(1 + analyzers.indexOf("coverage"), 2).getText()).startsWith("not scored");
    assertThat(deck.getSlides().get(7).getTitle()).isEqualTo("Method and limits: what the facts alignment cannot see");
    assertThat(text(deck.getSlides().get(7))).contains("alignment.tsv");
  }

  /** Every text box and picture lies inside the slide. */
  @Test
  void nothingLiesOutsideTheSlide() {
    for (XSLFSlide slide : deck.getSlides()) {
      for (XSLFShape shape : slide.getShapes()) {
        assertThat(shape.getAnchor().getMinX()).as(slide.getTitle()).isGreaterThanOrEqualTo(0);
        assertThat(shape.getAnchor().getMaxX()).as(slide.getTitle()).isLessThanOrEqualTo(960);
        assertThat(shape.getAnchor().getMaxY()).as(slide.getTitle()).isLessThanOrEqualTo(540);
      }
    }
  }

  /** The disk fills up while the deck is written, after the workbook: both stay as the earlier run left them. */
  @Test
  void aDiskThatFillsUpDuringTheDeckLeavesTheEarlierWorkbookAndDeckAsTheyWere(@TempDir Path dir) throws IOException {
    Path workbook = Files.writeString(dir.resolve("comparison.xlsx"), "earlier workbook");
    Path deckFile = Files.writeString(dir.resolve(BriefingDeck.FILE_NAME), "earlier deck");
    assertThatThrownBy(() -> {
      try (OutputTransaction outputs = new OutputTransaction()) {
        outputs.write(workbook, out -> out.write("new workbook".getBytes()));
        outputs.write(deckFile, out -> BriefingDeck.writeTo(report, OutletBlocs.none(), new FilterOutputStream(out) {
          private int written;

          @Override
          public void write(int b) throws IOException {
            if (++written > 20_000) {
              throw new IOException("No space left on device");
            }
            super.write(b);
          }
        }));
        outputs.commit();
      }
    }).isInstanceOf(OutputException.class).hasMessageContaining("briefing.pptx")
        .hasMessageContaining("No space left on device");
    assertThat(Files.readString(workbook)).isEqualTo("earlier workbook");
    assertThat(Files.readString(deckFile)).isEqualTo("earlier deck");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("briefing.pptx", "comparison.xlsx");
    }
  }

  static XMLSlideShow readBack(StoryReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BriefingDeck.writeTo(report, OutletBlocs.none(), out);
    return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
  }

  static String text(XSLFSlide slide) {
    List<String> texts = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        texts.add(text.getText());
      }
    }
    return String.join("\n", texts);
  }

  static String notes(XSLFSlide slide) {
    List<String> texts = new ArrayList<>();
    for (XSLFShape shape : slide.getNotes().getShapes()) {
      if (shape instanceof XSLFTextShape text) {
        texts.add(text.getText());
      }
    }
    return String.join("\n", texts);
  }

  static List<XSLFPictureShape> pictures(XSLFSlide slide) {
    return slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
        .toList();
  }

  static List<XSLFTable> tables(XSLFSlide slide) {
    return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
  }
}
