package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parallax eval` as a user runs it on the seed gold, on a malformed gold file and on another story's gold. */
class EvalCommandTest {

  @Test
  void scoresEveryGoldFileOfTheSeedStory() {
    Cli cli = Cli.run("eval", "--gold", TestStories.SEED_GOLD.toString(), TestStories.SEED_STORY.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    for (String file : new String[] {"quotes.tsv", "hedges.tsv", "facts.tsv", "tone.tsv"}) {
      assertThat(cli.out()).containsPattern(file + " +precision \\d\\.\\d\\d +recall \\d\\.\\d\\d +F1");
    }
    assertThat(cli.out()).contains("speaker accuracy");
  }

  @Test
  void aFolderOfStoriesGetsEachStorysFiguresThenTheirTotals(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    Path gold = dir.resolve("gold");
    for (String story : new String[] {"first", "second"}) {
      copy(TestStories.SEED_STORY, corpus.resolve(story));
      copy(TestStories.SEED_GOLD, gold.resolve(story));
    }
    Cli one = Cli.run("eval", "--gold", TestStories.SEED_GOLD.toString(), TestStories.SEED_STORY.toString());
    Cli both = Cli.run("eval", "--brief", "--gold", gold.toString(), corpus.toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(both.out()).contains("Story first,").contains("Story second,").contains("Total over 2 stories")
        .doesNotContain("miss:");
    String total = both.out().substring(both.out().indexOf("Total over"));
    java.util.regex.Matcher single = java.util.regex.Pattern
        .compile("quotes.tsv .*\\((\\d+) found, (\\d+) missed, (\\d+) false alarms\\)").matcher(one.out());
    assertThat(single.find()).isTrue();
    assertThat(total).contains(String.format("(%d found, %d missed, %d false alarms)",
        2 * Integer.parseInt(single.group(1)), 2 * Integer.parseInt(single.group(2)),
        2 * Integer.parseInt(single.group(3))));
  }

  @Test
  void aGoldFileInsteadOfAFolderIsNamed() {
    Path file = TestStories.SEED_GOLD.resolve("quotes.tsv");
    Cli cli = Cli.run("eval", "--gold", file.toString(), TestStories.SEED_STORY.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("quotes.tsv").contains("is a file").doesNotContain("Exception");
  }

  @Test
  void aGoldFolderWithoutItsStoryIsNamed(@TempDir Path dir) throws IOException {
    copy(TestStories.SEED_GOLD, dir.resolve("gold").resolve("elsewhere"));
    copy(TestStories.SEED_STORY, dir.resolve("corpus").resolve("first"));
    copy(TestStories.SEED_STORY, dir.resolve("corpus").resolve("second"));
    Cli cli = Cli.run("eval", "--gold", dir.resolve("gold").toString(), dir.resolve("corpus").toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no story folder named 'elsewhere'");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (java.util.stream.Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void aMalformedGoldLineIsNamed(@TempDir Path gold) throws IOException {
    Files.writeString(gold.resolve("hedges.tsv"), "outlet\tcue\tcategory\tsentence_start\n"
        + "maliweb.net\tpourrait\tconditional\n");
    Cli cli = Cli.run("eval", "--gold", gold.toString(), TestStories.SEED_STORY.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("hedges.tsv, line 2").doesNotContain("Exception");
  }

  @Test
  void goldForAnotherStoryIsRejected(@TempDir Path gold) throws IOException {
    Files.writeString(gold.resolve("hedges.tsv"), "outlet\tcue\tcategory\tsentence_start\n"
        + "bbc.co.uk\tcould\tmodal\tThe talks could lead to\n");
    Cli cli = Cli.run("eval", "--gold", gold.toString(), TestStories.SEED_STORY.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("line 2: outlet 'bbc.co.uk' is not in story");
  }
}
