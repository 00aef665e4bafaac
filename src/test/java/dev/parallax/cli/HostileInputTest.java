package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.WorkbookChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second round of a hostile tester's faults: names that collide with columns, too many threads, unreadable
 * articles, unclosed front matter, wrong options, full ISO 8601 dates, control characters in file names, reports
 * written into the corpus, and what {@code group} and {@code compare} say about files they do not take.
 */
class HostileInputTest {
  private static final String ARTICLE = "---\noutlet: %s\nlanguage: fr\n%s---\n"
      + "La Russie a réaffirmé son soutien à l’AES. Le ministre l’a dit à Moscou le 4 avril 2025.\n";

  @TempDir
  Path dir;
  Path story;

  @BeforeEach
  void createStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Match", "Aligned by", "aligned BY"})
  void anOutletNamedLikeAFactsColumnIsRejected(String outlet) throws IOException {
    article("a.txt", "A");
    article("b.txt", outlet);
    assertRejected(compare(), "b.txt", "outlet name '" + outlet + "' is a column name");
  }

  /** Outlet "A" has a column "A note" in the Facts sheet: an outlet of that name would be a second one. */
  @ParameterizedTest
  @ValueSource(strings = {"A note", "A sentence"})
  void anOutletNamedLikeAnotherOutletsColumnIsRejected(String outlet) throws IOException {
    article("a.txt", "A");
    article("b.txt", outlet);
    article("c.txt", "C");
    assertRejected(compare(), "b.txt", "is the name of outlet 'A' (a.txt) followed by");
  }

  @Test
  void moreThreadsThanTheMachineHoldsAreLoweredAndSaid() throws IOException {
    pair();
    Cli cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(), "--no-charts",
        "--threads", "10000");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("note: --threads 10000 lowered to ");
    assertThat(cli.err()).containsPattern("Analysing|Language layer");
  }

  @Test
  void aDanglingSymbolicLinkIsRejectedNotSkipped() throws IOException {
    pair();
    Files.createSymbolicLink(story.resolve("c.txt"), dir.resolve("gone.txt"));
    assertRejected(compare(), "c.txt", "a symbolic link to " + dir.resolve("gone.txt") + ", which does not exist");
  }

  @Test
  void aSymbolicLinkLoopIsRejectedNotSkipped() throws IOException {
    pair();
    Files.createSymbolicLink(story.resolve("c.txt"), story.resolve("d.lnk"));
    Files.createSymbolicLink(story.resolve("d.lnk"), story.resolve("c.txt"));
    assertRejected(compare(), "c.txt", "a symbolic link loop");
  }

  @Test
  void aDanglingSymbolicLinkIsRejectedByGroupToo() throws IOException {
    pair();
    Files.createSymbolicLink(story.resolve("c.txt"), dir.resolve("gone.txt"));
    Cli cli = Cli.run("group", story.toString(), "--tsv", dir.resolve("stories.tsv").toString());
    assertRejected(cli, "c.txt", "which does not exist");
    assertThat(dir.resolve("stories.tsv")).doesNotExist();
  }

  /** The body below an unclosed block has a colon: the message is about the missing line, not a key. */
  @ParameterizedTest
  @ValueSource(strings = {"Moscou : la Russie a réaffirmé son soutien à l’AES.\n",
      "La Russie a réaffirmé son soutien à l’AES.\n"})
  void frontMatterWithoutItsClosingLineSaysSo(String body) throws IOException {
    article("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), "---\noutlet: B\n" + body);
    assertRejected(compare(), "b.txt", "the closing '---' line is missing");
    assertThat(compare().err()).doesNotContain("unknown front-matter key").doesNotContain("réaffirmé");
  }

  @Test
  void eachWrongGroupOptionHasItsOwnMessage() throws IOException {
    pair();
    Cli window = Cli.run("group", story.toString(), "--tsv", dir.resolve("t.tsv").toString(), "--window-days", "-1");
    assertRejected(window, "--window-days", "at least 0");
    assertThat(window.err()).doesNotContain("--threshold");
    Cli threshold = Cli.run("group", story.toString(), "--tsv", dir.resolve("t.tsv").toString(), "--threshold", "2");
    assertRejected(threshold, "--threshold", "at most 1");
    assertThat(threshold.err()).doesNotContain("--window-days");
  }

  @Test
  void notANumberIsNotAThreshold() throws IOException {
    pair();
    assertRejected(Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(),
        "--fact-threshold", "NaN"), "--fact-threshold", "between 0 and 1");
    assertRejected(Cli.run("group", story.toString(), "--tsv", dir.resolve("t.tsv").toString(), "--threshold", "NaN"),
        "--threshold", "above 0 and at most 1");
    assertThat(dir.resolve("out.xlsx")).doesNotExist();
    assertThat(dir.resolve("t.tsv")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-04-05T09:30:00", "2025-04-05T09:30", "2025-04-05T09:30:00.250Z",
      "2025-04-05T09:30:00+0200", "2025-04-05T09:30:00+02", "2025-04-05T09:30:00+02:00[Africa/Bamako]"})
  void aFullIso8601DateTimeIsADate(String date) throws IOException {
    article("a.txt", "A");
    Files.writeString(story.resolve("b.txt"), ARTICLE.formatted("B", "date: " + date + "\n"));
    Cli cli = Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(), "--no-charts");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    try (Workbook workbook = WorkbookChecks.open(dir.resolve("out.xlsx"))) {
      Sheet articles = workbook.getSheet("Articles");
      int dateColumn = 0;
      while (!articles.getRow(0).getCell(dateColumn).getStringCellValue().equals("Date")) {
        dateColumn++;
      }
      assertThat(articles.getRow(2).getCell(dateColumn).getStringCellValue()).isEqualTo("2025-04-05");
    }
  }

  @Test
  void aFileNameWithANewlineGivesAOneLineMessage() throws IOException {
    pair();
    Files.writeString(story.resolve("c\nd.txt"), "");
    Cli cli = compare();
    assertRejected(cli, "c\\nd.txt", "the file is empty");
  }

  @Test
  void anOutputFolderInsideTheStoryFolderIsRefusedUpFront() throws IOException {
    pair();
    Cli cli = Cli.run("compare", story.toString(), "-o", story.resolve("reports/comparison.xlsx").toString());
    assertRejected(cli, "comparison.xlsx", "inside the corpus folder");
    assertThat(story.resolve("reports")).doesNotExist();
    Cli charts = Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(),
        "--charts", story.resolve("charts").toString());
    assertRejected(charts, "charts", "inside the corpus folder");
    assertThat(story.resolve("charts")).doesNotExist();
    assertThat(dir.resolve("out.xlsx")).doesNotExist();
  }

  @Test
  void groupFlagsTwoArticlesOfOneOutletInAStory() throws IOException {
    article("a.txt", "Same Outlet");
    article("b.txt", "same outlet");
    article("c.txt", "Other");
    Path tsv = dir.resolve("stories.tsv");
    Cli cli = Cli.run("group", story.toString(), "--tsv", tsv.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines).filteredOn(line -> line.startsWith("a.txt") || line.startsWith("b.txt"))
        .hasSize(2).allMatch(line -> line.contains("2 articles of outlet 'Same Outlet' (a.txt, b.txt): compare "
            + "counts them under that one outlet"));
    assertThat(lines).filteredOn(line -> line.startsWith("c.txt")).noneMatch(line -> line.contains("articles of outlet"));
    assertThat(cli.out()).contains("compare counts them under that one outlet");
  }

  @Test
  void aStrayFileBesideStoryFoldersIsNamedAsLeftOut() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String name : List.of("one", "two")) {
      Path folder = Files.createDirectories(corpus.resolve(name));
      Files.writeString(folder.resolve("a.txt"), ARTICLE.formatted("A", ""));
      Files.writeString(folder.resolve("b.txt"), ARTICLE.formatted("B", ""));
    }
    Files.writeString(corpus.resolve("notes.md"), "analyst notes");
    Cli cli = Cli.run("compare", corpus.toString(), "-o", dir.resolve("out/comparison.xlsx").toString(),
        "--no-charts");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.err()).contains("notes.md left out: not a story folder");
  }

  private void pair() throws IOException {
    article("a.txt", "A");
    article("b.txt", "B");
  }

  private void article(String file, String outlet) throws IOException {
    Files.writeString(story.resolve(file), ARTICLE.formatted(outlet, ""));
  }

  private Cli compare() {
    return Cli.run("compare", story.toString(), "-o", dir.resolve("out.xlsx").toString(),
        "--charts", dir.resolve("charts").toString());
  }

  private static void assertRejected(Cli cli, String named, String problem) {
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines().stream().filter(line -> !line.startsWith("Try ")).toList()).as(cli.err()).hasSize(1);
    assertThat(cli.errorLines().get(0)).startsWith("parallax: ").contains(named).contains(problem);
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
