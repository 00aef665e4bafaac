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
