package dev.parallax.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Analyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures the deck's method slide ships (deck/accuracy.tsv) are those of docs/accuracy.md's last table, which
 * is not in the jar; every analyzer has its one line.
 */
class DeckResourcesTest {
  private static final Path ACCURACY = Path.of("docs/accuracy.md");

  @Test
  void everyFigureOfTheDeckIsInTheLastTableOfDocsAccuracy() throws IOException {
    List<List<String>> table = lastTable(Files.readAllLines(ACCURACY));
    List<String> header = table.get(0);
    assertThat(DeckResources.accuracy()).hasSizeGreaterThanOrEqualTo(8);
    for (DeckResources.Accuracy figure : DeckResources.accuracy()) {
      int column = header.indexOf(figure.column());
      assertThat(column).as("column %s of docs/accuracy.md's last table", figure.column()).isPositive();
      List<String> row = table.stream().filter(r -> r.get(0).equals(figure.row())).findFirst().orElse(List.of());
      assertThat(row).as("row %s of docs/accuracy.md's last table", figure.row()).isNotEmpty();
      assertThat(row.get(column)).as("%s, %s in docs/accuracy.md", figure.row(), figure.column())
          .contains(figure.figure());
      assertThat(figure.shown()).as("the slide's words").endsWith(" " + figure.figure().replaceFirst("^\\D+", ""));
    }
    assertThat(DeckResources.measured()).contains("12 outlets").contains("docs/accuracy.md");
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

  /** The last markdown table of the file whose header has a "**total**" column: cells of each row, trimmed. */
  private static List<List<String>> lastTable(List<String> lines) {
    List<List<String>> last = List.of();
    List<List<String>> current = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("|")) {
        if (!line.matches("\\|[-| :]+\\|?")) {
          current.add(Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList());
        }
      } else if (!current.isEmpty()) {
        if (current.get(0).contains("**total**")) {
          last = current;
        }
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty() && current.get(0).contains("**total**")) {
      last = current;
    }
    return last;
  }
}
