package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `parallax group` on copies of the two seed articles (one meeting in Moscow, April 2025) and a synthetic article,
 * written for this test and marked so in its front matter, on a different meeting between the same parties
 * (Bamako, November 2025).
 */
class GroupCommandTest {
  static final Path SYNTHETIC = Path.of("src/test/resources/group/synthetic-bamako-energie.txt");

  @TempDir
  static Path dir;
  static Cli cli;
  static Map<String, String[]> rows;

  @BeforeAll
  static void run() throws IOException {
    Path folder = dir.resolve("flat");
    copySeedsAnd(SYNTHETIC, folder);
    cli = Cli.run("group", folder.toString(), "--tsv", dir.resolve("stories.tsv").toString(), "--write-folders",
        dir.resolve("stories").toString());
    rows = tsv(dir.resolve("stories.tsv"));
  }

  @Test
  void theSeedsShareAStoryAndTheOtherMeetingIsApart() {
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(rows.get("maliweb.net.txt")[1]).isEqualTo(rows.get("Ovajabmedia.com.txt")[1]);
    assertThat(rows.get("synthetic-bamako-energie.txt")[1]).isNotEqualTo(rows.get("maliweb.net.txt")[1]);
    assertThat(rows.get("maliweb.net.txt")[1]).isEqualTo("01-2025-04-aes-sahel-russie");
  }

  @Test
  void everyDecisionIsExplainedInOneLine() {
    assertThat(rows).hasSize(3);
    assertThat(rows.get("Ovajabmedia.com.txt")[2]).startsWith("with maliweb.net.txt ").contains("wording", "names");
    assertThat(rows.get("maliweb.net.txt")[2])
        .contains("apart from synthetic-bamako-energie.txt").endsWith("dates more than 7 days apart");
    assertThat(rows.get("synthetic-bamako-energie.txt")[2]).startsWith("alone: closest ");
    assertThat(cli.out()).contains("01-2025-04-aes-sahel-russie (2 articles)", "(1 article; compare needs two)");
  }

  @Test
  void writesOneFolderPerStoryThatCompareReads() {
    Path story = dir.resolve("stories/01-2025-04-aes-sahel-russie");
    assertThat(story.resolve("maliweb.net.txt")).hasSameTextualContentAs(TestStories.SEED_STORY.resolve("maliweb.net.txt"));
    Cli compare = Cli.run("compare", story.toString(), "-o", dir.resolve("report/comparison.xlsx").toString(),
        "--no-charts");
    assertThat(compare.exitCode()).as(compare.err()).isZero();
  }

  @Test
  void withoutAnyDateTheOtherMeetingIsStillApartOnWording() throws IOException {
    Path undated = dir.resolve("undated.txt");
    Files.writeString(undated, Files.readString(SYNTHETIC).replaceFirst("(?m)^date: .*\\n", "")
        .replace("les 19 et 20 novembre 2025", "cette semaine"));
    Path folder = dir.resolve("flat-undated");
    copySeedsAnd(undated, folder);
    Cli undatedRun = Cli.run("group", folder.toString(), "--tsv", dir.resolve("undated.tsv").toString());
    assertThat(undatedRun.exitCode()).as(undatedRun.err()).isZero();
    Map<String, String[]> undatedRows = tsv(dir.resolve("undated.tsv"));
    assertThat(undatedRows.get("undated.txt")[1]).isNotEqualTo(undatedRows.get("maliweb.net.txt")[1]);
    assertThat(undatedRows.get("maliweb.net.txt")[1]).isEqualTo(undatedRows.get("Ovajabmedia.com.txt")[1]);
    assertThat(undatedRows.get("undated.txt")[2]).doesNotContain("dates");
  }

  @Test
  void refusesToWriteStoriesIntoAFolderInUse() throws IOException {
    Path used = dir.resolve("used");
    Files.createDirectories(used);
    Files.writeString(used.resolve("keep.txt"), "something else");
    Cli refused = Cli.run("group", dir.resolve("flat").toString(), "--tsv", dir.resolve("x.tsv").toString(),
        "--write-folders", used.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("not an empty folder");
  }

  private static void copySeedsAnd(Path other, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> seeds = Files.list(TestStories.SEED_STORY)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, folder.resolve(seed.getFileName()));
      }
    }
    Files.copy(other, folder.resolve(other.getFileName()));
  }

  private static Map<String, String[]> tsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("article\tstory\treason");
    return lines.stream().skip(1).map(line -> line.split("\t", -1))
        .peek(cells -> assertThat(cells).hasSize(3))
        .collect(Collectors.toMap(cells -> cells[0], Function.identity()));
  }
}
