package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output faults on the command line: a workbook that is open in another program, read-only or in a read-only
 * folder, a folder where the workbook should be, a charts folder that cannot be created. Each ends with exit code
 * 2, one line naming the path and the problem, the earlier file untouched and no temporary file left behind. (A
 * full disk is simulated in {@code report.AtomicFileTest}.)
 *
 * <p>The suite may run as root, who can write read-only files; Parallax checks the permission bits itself, so
 * these tests hold for root too. Where the file system has no POSIX permissions they are skipped.
 */
class FaultsTest {
  private static final String ARTICLE = "---\noutlet: %s\nlanguage: fr\n---\n"
      + "La Russie a réaffirmé son soutien à l’AES. Le ministre l’a dit à Moscou.\n";
  private static final String EARLIER = "an earlier workbook";

  @TempDir
  Path dir;
  Path story;
  Path reports;

  @BeforeEach
  void createStory() throws IOException {
    story = Files.createDirectories(dir.resolve("story"));
    Files.writeString(story.resolve("a.txt"), ARTICLE.formatted("A"));
    Files.writeString(story.resolve("b.txt"), ARTICLE.formatted("B"));
    reports = Files.createDirectories(dir.resolve("reports"));
  }

  @Test
  void readOnlyWorkbookIsLeftUntouched() throws IOException {
    assumePosix();
    Path workbook = reports.resolve("comparison.xlsx");
    Files.writeString(workbook, EARLIER);
    Files.setPosixFilePermissions(workbook, PosixFilePermissions.fromString("r--r--r--"));
    try {
      Cli cli = compare(workbook, reports.resolve("charts"));
      assertOneLineError(cli, "comparison.xlsx", "not writable");
      assertThat(Files.readString(workbook)).isEqualTo(EARLIER);
      assertThat(names(reports)).containsExactly("comparison.xlsx");
    } finally {
      Files.setPosixFilePermissions(workbook, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void readOnlyFolderIsLeftUntouched() throws IOException {
    assumePosix();
    Path workbook = reports.resolve("comparison.xlsx");
    Files.writeString(workbook, EARLIER);
    Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Cli cli = compare(workbook, dir.resolve("charts"));
      assertOneLineError(cli, "reports", "cannot write in this folder");
      assertThat(Files.readString(workbook)).isEqualTo(EARLIER);
      assertThat(names(reports)).containsExactly("comparison.xlsx");
      assertThat(dir.resolve("charts")).doesNotExist();
    } finally {
      Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** LibreOffice and Excel keep a lock file beside a workbook they have open. */
  @ParameterizedTest
  @ValueSource(strings = {".~lock.comparison.xlsx#", "~$mparison.xlsx", "~$comparison.xlsx"})
  void aWorkbookOpenInAnotherProgramIsLeftUntouched(String lockFile) throws IOException {
    Path workbook = Files.writeString(reports.resolve("comparison.xlsx"), EARLIER);
    Path lock = Files.writeString(reports.resolve(lockFile), ",analyst,host,23.11.2025 19:52,file:///home/analyst;");
    Cli cli = compare(workbook, reports.resolve("charts"));
    assertOneLineError(cli, "comparison.xlsx", "is open in another program (lock file " + lockFile);
    assertThat(Files.readString(workbook)).isEqualTo(EARLIER);
    assertThat(lock).exists();
    assertThat(names(reports)).containsExactlyInAnyOrder("comparison.xlsx", lockFile);
  }

  /** A lock file with no workbook beside it (a crash long ago) does not stop a first run. */
  @Test
  void aStaleLockFileWithoutItsWorkbookIsIgnored() throws IOException {
    Files.writeString(reports.resolve(".~lock.comparison.xlsx#"), "stale");
    Cli cli = compare(reports.resolve("comparison.xlsx"), reports.resolve("charts"));
    assertThat(cli.exitCode()).as(cli.err()).isZero();
  }

  /** Works for any user, root included: a folder sits where the workbook should go. */
  @Test
  void aFolderAtTheWorkbookPathIsLeftUntouched() throws IOException {
    Path workbook = Files.createDirectories(reports.resolve("comparison.xlsx"));
    Files.writeString(workbook.resolve("inside.txt"), "kept");
    Cli cli = compare(workbook, reports.resolve("charts"));
    assertOneLineError(cli, "comparison.xlsx", "is a folder, not a file");
    assertThat(names(workbook)).containsExactly("inside.txt");
    assertThat(names(reports)).containsExactly("comparison.xlsx");
  }

  @Test
  void aWorkbookFolderThatCannotBeCreated() throws IOException {
    Path blocker = Files.writeString(dir.resolve("out"), "a file, not a folder");
    Cli cli = compare(blocker.resolve("comparison.xlsx"), dir.resolve("charts"));
    assertOneLineError(cli, "out", "a file of that name is in the way");
    assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
  }

  @Test
  void aChartsFolderBlockedByAFile() throws IOException {
    Path charts = Files.writeString(reports.resolve("charts"), "a file, not a folder");
    Cli cli = compare(reports.resolve("comparison.xlsx"), charts);
    assertOneLineError(cli, "charts", "a file of that name is in the way");
    assertThat(Files.readString(charts)).isEqualTo("a file, not a folder");
    assertThat(names(reports)).doesNotContain(".comparison.xlsx").allMatch(n -> !n.endsWith(".tmp"));
  }

  @Test
  void aChartsFolderBelowAFile() throws IOException {
    Path blocker = Files.writeString(reports.resolve("images"), "a file, not a folder");
    Cli cli = compare(reports.resolve("comparison.xlsx"), blocker.resolve("charts"));
    assertOneLineError(cli, "charts", "images is a file, not a folder");
    assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
  }

  private Cli compare(Path workbook, Path charts) {
    return Cli.run("compare", story.toString(), "-o", workbook.toString(), "--charts", charts.toString());
  }

  private static void assertOneLineError(Cli cli, String path, String problem) {
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines()).as(cli.err()).hasSize(1);
    assertThat(cli.errorLines().get(0)).startsWith("parallax: ").contains(path).contains(problem);
    assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assumePosix() {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
  }
}
