package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails changes nothing: every file of the earlier run keeps its sha256, no file is added, no temporary
 * file is left, whether the run fails on the charts, on the third of three stories, on a story folder named like the
 * index, or in {@code group}. (The suite may run as root, who can write read-only files: Parallax checks the
 * permission bits itself.)
 */
class FailedRunChangesNothingTest {
  private static final String ARTICLE = "---\noutlet: %s\nlanguage: fr\n---\n"
      + "La Russie a réaffirmé son soutien à l’AES. Le ministre %s l’a dit à Moscou le 4 avril.\n";

  @TempDir
  Path dir;

  @Test
  void aReadOnlyChartFileLeavesTheWorkbookAndTheChartsAsTheyWere() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    assertThat(compare(story, reports).exitCode()).isZero();
    Path chart = reports.resolve("charts/coverage.png");
    Files.setPosixFilePermissions(chart, PosixFilePermissions.fromString("r--r--r--"));
    rewrite(story);
    Map<String, String> before = sha256(reports);

    Cli failed = compare(story, reports);

    assertOneLineError(failed, "coverage.png", "not writable");
    assertThat(sha256(reports)).isEqualTo(before);
  }

  @Test
  void chartsNamingAFileLeavesTheWorkbookAsItWas() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    assertThat(compare(story, reports).exitCode()).isZero();
    Files.writeString(reports.resolve("not-a-folder"), "a file");
    rewrite(story);
    Map<String, String> before = sha256(reports);

    Cli failed = Cli.run("compare", story.toString(), "-o", reports.resolve("comparison.xlsx").toString(),
        "--charts", reports.resolve("not-a-folder").toString());

    assertOneLineError(failed, "not-a-folder", "a file of that name is in the way");
    assertThat(sha256(reports)).isEqualTo(before);
  }

  @Test
  void aReadOnlyChartsFolderLeavesTheWorkbookAsItWas() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    assertThat(compare(story, reports).exitCode()).isZero();
    Path charts = reports.resolve("charts");
    Files.setPosixFilePermissions(charts, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      rewrite(story);
      Map<String, String> before = sha256(reports);
      Cli failed = compare(story, reports);
      assertOneLineError(failed, "charts", "read-only");
      assertThat(sha256(reports)).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(charts, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** The third story's chart cannot be replaced: the first two workbooks and the index stay those of the earlier run. */
  @Test
  void aFolderOfStoriesThatFailsOnTheThirdStoryChangesNothing() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String name : List.of("a", "b", "c")) {
      story("corpus/" + name);
    }
    Path reports = dir.resolve("reports");
    assertThat(compareMany(corpus, reports).exitCode()).isZero();
    Files.setPosixFilePermissions(reports.resolve("c/charts/coverage.png"), PosixFilePermissions.fromString("r--r--r--"));
    rewriteAll(corpus);
    Map<String, String> before = sha256(reports);

    Cli failed = compareMany(corpus, reports);

    assertOneLineError(failed, "coverage.png", "not writable");
    assertThat(sha256(reports)).isEqualTo(before);
  }

  @Test
  void aFolderOfStoriesWhoseThirdWorkbookIsOpenElsewhereChangesNothing() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String name : List.of("a", "b", "c")) {
      story("corpus/" + name);
    }
    Path reports = dir.resolve("reports");
    assertThat(compareMany(corpus, reports).exitCode()).isZero();
    Files.writeString(reports.resolve("c/.~lock.comparison.xlsx#"), ",analyst,host,24.11.2026 09:00;");
    rewriteAll(corpus);
    Map<String, String> before = sha256(reports);

    Cli failed = compareMany(corpus, reports);

    assertOneLineError(failed, "comparison.xlsx", "open in another program");
    assertThat(sha256(reports)).isEqualTo(before);
  }

  @Test
  void aStoryFolderNamedLikeTheIndexIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path corpus = dir.resolve("corpus");
    story("corpus/a");
    story("corpus/b");
    Path reports = dir.resolve("reports");
    assertThat(compareMany(corpus, reports).exitCode()).isZero();
    story("corpus/index.xlsx");
    rewriteAll(corpus);
    Map<String, String> before = sha256(reports);

    Cli failed = compareMany(corpus, reports);

    assertOneLineError(failed, "index.xlsx", "may not be called index.xlsx");
    assertThat(sha256(reports)).isEqualTo(before);
  }

  @Test
  void groupIntoAFolderInUseLeavesTheEarlierTsvAsItWas() throws IOException {
    Path flat = story("flat");
    Path tsv = Files.writeString(dir.resolve("stories.tsv"), "article\tstory\treason\nold.txt\told\tearlier run\n");
    Path used = Files.createDirectories(dir.resolve("used"));
    Files.writeString(used.resolve("keep.txt"), "something else");
    Map<String, String> before = sha256(dir);

    Cli failed = Cli.run("group", flat.toString(), "--tsv", tsv.toString(), "--write-folders", used.toString());

    assertOneLineError(failed, "used", "not an empty folder");
    assertThat(sha256(dir)).isEqualTo(before);
  }

  @Test
  void groupWhoseStoryFoldersCannotBeWrittenLeavesTheEarlierTsvAsItWas() throws IOException {
    Path flat = story("flat");
    Path tsv = Files.writeString(dir.resolve("stories.tsv"), "article\tstory\treason\nold.txt\told\tearlier run\n");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Map<String, String> before = sha256(dir);
      Cli failed = Cli.run("group", flat.toString(), "--tsv", tsv.toString(), "--write-folders",
          locked.resolve("stories").toString());
      assertOneLineError(failed, "stories", "read-only");
      assertThat(sha256(dir)).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** An earlier run drew a chart this run does not: it is named, not passed off silently as one of this run. */
  @Test
  void aChartOfAnEarlierRunThatThisRunDoesNotDrawIsNamed() throws IOException {
    Path story = story("story");
    Path reports = dir.resolve("reports");
    Path stale = Files.createDirectories(reports.resolve("charts")).resolve("conflicts-by-outlet.png");
    Files.write(stale, new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    Cli cli = compare(story, reports);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("left as they were, not charts of this run").contains("conflicts-by-outlet.png");
    assertThat(stale).exists();
  }

  private Path story(String name) throws IOException {
    Path story = Files.createDirectories(dir.resolve(name));
    Files.writeString(story.resolve("a.txt"), ARTICLE.formatted("A", "Diop"));
    Files.writeString(story.resolve("b.txt"), ARTICLE.formatted("B", "Traoré"));
    return story;
  }

  /** A new sentence in each article, so that a run that did replace the earlier files would be seen to. */
  private static void rewrite(Path story) throws IOException {
    for (String article : List.of("a.txt", "b.txt")) {
      Files.writeString(story.resolve(article), "Les ministres se retrouveront à Bamako en juin.\n",
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static void rewriteAll(Path corpus) throws IOException {
    try (Stream<Path> stories = Files.list(corpus)) {
      for (Path story : stories.toList()) {
        rewrite(story);
      }
    }
  }

  private static Cli compare(Path story, Path reports) {
    return Cli.run("compare", story.toString(), "-o", reports.resolve("comparison.xlsx").toString(),
        "--charts", reports.resolve("charts").toString());
  }

  private static Cli compareMany(Path corpus, Path reports) {
    return Cli.run("compare", corpus.toString(), "-o", reports.resolve("comparison.xlsx").toString(),
        "--threads", "1");
  }

  private static void assertOneLineError(Cli cli, String path, String problem) {
    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
    assertThat(cli.errorLines()).as(cli.err()).hasSize(1);
    assertThat(cli.errorLines().get(0)).startsWith("parallax: ").contains(path).contains(problem);
  }

  /** Every file under the folder, hidden ones included, by relative path, with its sha256. */
  static Map<String, String> sha256(Path folder) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.toList()) {
        String name = folder.relativize(file).toString();
        sums.put(name, Files.isDirectory(file) ? "folder" : sha256Of(file));
      }
    }
    return sums;
  }

  private static String sha256Of(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
