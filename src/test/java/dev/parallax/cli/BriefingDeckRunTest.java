package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing deck is one more file of the run's transaction: written beside each workbook, checked with the other
 * destinations before anything is analysed, and a run that cannot replace it changes nothing.
 */
class BriefingDeckRunTest {
  private static final String ARTICLE = "---\noutlet: %s\nlanguage: fr\ndate: 2025-04-0%d\n---\n"
      + "La Russie a réaffirmé son soutien à l’AES. Le ministre %s l’a dit à Moscou le 4 avril.\n";

  @TempDir
  Path dir;

  @Test
  void aStorysDeckLiesBesideItsWorkbookAndNoDeckWritesNone() throws IOException {
    Path story = story("story");
    Cli cli = compare(story, dir.resolve("reports"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    Path deck = dir.resolve("reports/briefing.pptx");
    assertThat(cli.out()).contains("briefing deck " + deck);
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      assertThat(show.getSlides().get(0).getTitle()).isEqualTo("story");
    }

    Cli without = compare(story, dir.resolve("other"), "--no-deck");
    assertThat(without.exitCode()).as(without.err()).isZero();
    assertThat(dir.resolve("other/comparison.xlsx")).exists();
    assertThat(dir.resolve("other/briefing.pptx")).doesNotExist();
    assertThat(without.out()).doesNotContain("briefing");
  }

  @Test
  void aReadOnlyDeckLeavesTheWorkbookChartsAndDeckAsTheyWere() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    assertThat(compare(story, reports).exitCode()).isZero();
    Files.setPosixFilePermissions(reports.resolve("briefing.pptx"), PosixFilePermissions.fromString("r--r--r--"));
    Files.writeString(story.resolve("a.txt"), "Les ministres se retrouveront à Bamako en juin.\n",
        java.nio.file.StandardOpenOption.APPEND);
    Map<String, String> before = FailedRunChangesNothingTest.sha256(reports);

    Cli failed = compare(story, reports);

    assertOneLineError(failed, "briefing.pptx", "not writable");
    assertThat(FailedRunChangesNothingTest.sha256(reports)).isEqualTo(before);
  }

  @Test
  void aDeckOpenInLibreOfficeIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    assertThat(compare(story, reports).exitCode()).isZero();
    Files.writeString(reports.resolve(".~lock.briefing.pptx#"), ",analyst,host,24.11.2026 09:00;");
    Map<String, String> before = FailedRunChangesNothingTest.sha256(reports);

    Cli failed = compare(story, reports);

    assertOneLineError(failed, "briefing.pptx", "open in another program");
    assertThat(FailedRunChangesNothingTest.sha256(reports)).isEqualTo(before);
  }

  /** Each story gets its deck; the third story's deck cannot be replaced: every earlier file stays as it was. */
  @Test
  void aFolderOfStoriesWhoseThirdDeckIsReadOnlyChangesNothing() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String name : List.of("a", "b", "c")) {
      story("corpus/" + name);
    }
    Path reports = dir.resolve("reports");
    Cli first = Cli.run("compare", corpus.toString(), "-o", reports.resolve("comparison.xlsx").toString(),
        "--threads", "1");
    assertThat(first.exitCode()).as(first.err()).isZero();
    for (String name : List.of("a", "b", "c")) {
      assertThat(reports.resolve(name).resolve("briefing.pptx")).isRegularFile();
    }
    Files.setPosixFilePermissions(reports.resolve("c/briefing.pptx"), PosixFilePermissions.fromString("r--r--r--"));
    Map<String, String> before = FailedRunChangesNothingTest.sha256(reports);

    Cli failed = Cli.run("compare", corpus.toString(), "-o", reports.resolve("comparison.xlsx").toString(),
        "--threads", "1");

    assertOneLineError(failed, "briefing.pptx", "not writable");
    assertThat(FailedRunChangesNothingTest.sha256(reports)).isEqualTo(before);
  }

  private Path story(String name) throws IOException {
    Path story = Files.createDirectories(dir.resolve(name));
    Files.writeString(story.resolve("a.txt"), ARTICLE.formatted("A", 4, "Diop"));
    Files.writeString(story.resolve("b.txt"), ARTICLE.formatted("B", 5, "Traoré"));
    return story;
  }

  private static Cli compare(Path story, Path reports, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("compare", story.toString(), "-o",
        reports.resolve("comparison.xlsx").toString(), "--charts", reports.resolve("charts").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertOneLineError(Cli cli, String path, String problem) {
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines()).as(cli.err()).hasSize(1);
    assertThat(cli.errorLines().get(0)).startsWith("parallax: ").contains(path).contains(problem);
  }
}
