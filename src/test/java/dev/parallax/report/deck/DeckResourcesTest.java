package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Analyzers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The method slide's figures come from docs/accuracy.md, copied into the jar by the build: every place
 * deck/accuracy.tsv names is in that file's last table and holds a figure; every analyzer has its one line.
 */
class DeckResourcesTest {
  private static final Path ACCURACY = Path.of("docs/accuracy.md");
  private static final String FIGURE = "\\d+(\\.\\d+)?( / \\d+(\\.\\d+)?)*";

  @Test
  void theJarHoldsDocsAccuracyAsItIs() throws IOException {
    try (InputStream copy = DeckResources.class.getResourceAsStream(DeckResources.ACCURACY_DOC)) {
      assertThat(copy).as("deck/accuracy.md in the build").isNotNull();
      assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(ACCURACY));
    }
  }

  @Test
  void everyPlaceTheDeckNamesHoldsAFigureInTheLastTableOfDocsAccuracy() throws IOException {
    AccuracyTable table = AccuracyTable.lastOf(Files.readAllLines(ACCURACY));
    assertThat(DeckResources.places()).hasSizeGreaterThanOrEqualTo(8);
    for (DeckResources.Place place : DeckResources.places()) {
      assertThat(table.figure(place.row(), place.column())).as("%s, %s in docs/accuracy.md's last table",
          place.row(), place.column()).hasValueSatisfying(figure -> assertThat(figure).matches(FIGURE));
    }
    assertThat(DeckResources.accuracy()).hasSameSizeAs(DeckResources.places());
    assertThat(DeckResources.measured()).contains("12 outlets").contains("docs/accuracy.md");
  }

  /** Real rows of docs/accuracy.md's table of 2026-11-24: the figure is the bold part of a cell. */
  @Test
  void aCellsFigureIsItsBoldPart() {
    AccuracyTable table = AccuracyTable.lastOf(List.of(
        "## After this session's changes",
        "",
        "| file | **total** | English | French | change from the first table |",
        "|---|---|---|---|---|",
        "| quotes P / R / F1 | **0.89 / 0.72 / 0.80** | 0.93 / 0.73 / 0.82 | 0.85 / 0.71 / 0.77 | F1 +0.14 |",
        "| speaker accuracy | **0.88** (95/108) | 0.89 (49/55) | 0.87 (46/53) | +0.43 |",
        "| facts pairwise P / R / F1 | **0.45 / 0.24 / 0.31** | en-en 0.29 | fr-fr 0.39; **en-fr 0.28** (94 of 463 "
            + "pairs) | F1 +0.11; en-fr +0.22 |",
        "| top findings judged true | **28 / 37** (0.76): senegal 10 / 13, ecb 5 / 9, morocco 13 / 15 | | | was 6 "
            + "/ 45 |",
        "",
        "Notes after the table."));
    assertThat(table.figure("quotes P / R / F1", "**total**")).hasValue("0.89 / 0.72 / 0.80");
    assertThat(table.figure("speaker accuracy", "**total**")).hasValue("0.88");
    assertThat(table.figure("speaker accuracy", "English")).hasValue("0.89");
    assertThat(table.figure("facts pairwise P / R / F1", "French")).hasValue("0.28");
    assertThat(table.figure("top findings judged true", "**total**")).hasValue("28 / 37");
    assertThat(table.figure("top findings judged true", "English")).isEmpty();
    assertThat(table.figure("tone P / R / F1", "**total**")).isEmpty();
  }

  @Test
  void everyAnalyzerAndTheFindingsHaveOneLine() {
    List<String> ids = new ArrayList<>(Analyzers.all().stream().map(Analyzer::id).toList());
    ids.add("findings");
    assertThat(DeckResources.analyzers().keySet()).containsExactlyElementsOf(ids);
    assertThat(DeckResources.analyzers().values()).allSatisfy(line -> assertThat(line).endsWith(".")
        .doesNotContain("\t"));
    assertThat(DeckResources.limits()).hasSizeBetween(3, 8);
  }
}
