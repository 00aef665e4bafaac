package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ToneScorerTest {

  @Test
  void aFolderWithoutToneGoldIsNotScored(@TempDir Path empty) {
    assertThat(new ToneScorer().score(empty, null, Map.of())).isEmpty();
    assertThat(Scorers.all()).anyMatch(s -> s.fileName().equals("tone.tsv"));
  }

  @Test
  void directionIsTheSignOfTheActorsTone() {
    Table actors = Table.create("Actors", StringColumn.create("Actor", "Russia", "AES", "Ukraine"),
        DoubleColumn.create("a.net tone", 1.5, 0.0, -2.0));
    assertThat(ToneScorer.direction(actors, "Russia", "a.net")).isEqualTo("pos");
    assertThat(ToneScorer.direction(actors, "AES", "a.net")).isEqualTo("neutral");
    assertThat(ToneScorer.direction(actors, "Ukraine", "a.net")).isEqualTo("neg");
    assertThat(ToneScorer.direction(actors, "Mali", "a.net")).isEqualTo("absent");
    assertThat(ToneScorer.direction(actors, "Russia", "b.net")).isEqualTo("absent");
  }
}
