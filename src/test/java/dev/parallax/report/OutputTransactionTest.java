package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a run as one transaction: the disk filling up on the last file (a chart, after the workbook), a
 * move into place that fails halfway through, folders made for a run that fails.
 */
class OutputTransactionTest {
  private static final String NO_SPACE = "No space left on device";

  @TempDir
  Path dir;

  @Test
  void aDiskThatFillsUpDuringTheChartsLeavesTheEarlierWorkbookAndChartsAsTheyWere() throws IOException {
    Path workbook = Files.writeString(dir.resolve("comparison.xlsx"), "earlier workbook");
    Path chart = Files.writeString(Files.createDirectories(dir.resolve("charts")).resolve("coverage.png"), "earlier");
    assertThatThrownBy(() -> {
      try (OutputTransaction outputs = new OutputTransaction()) {
        outputs.write(workbook, out -> out.write("new workbook".getBytes()));
        outputs.write(chart, out -> {
          out.write(new byte[4096]);
          throw new IOException(NO_SPACE);
        });
        outputs.commit();
      }
    }).isInstanceOf(OutputException.class).hasMessageContaining("coverage.png").hasMessageContaining(NO_SPACE);
    assertThat(Files.readString(workbook)).isEqualTo("earlier workbook");
    assertThat(Files.readString(chart)).isEqualTo("earlier");
    assertThat(names(dir)).containsExactly("charts", "comparison.xlsx");
    assertThat(names(dir.resolve("charts"))).containsExactly("coverage.png");
  }

  @Test
  void nothingIsInPlaceBeforeTheCommit() throws IOException {
    Path workbook = Files.writeString(dir.resolve("comparison.xlsx"), "earlier");
    try (OutputTransaction outputs = new OutputTransaction()) {
      outputs.write(workbook, out -> out.write("new".getBytes()));
      assertThat(Files.readString(workbook)).isEqualTo("earlier");
      outputs.commit();
    }
    assertThat(Files.readString(workbook)).isEqualTo("new");
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  /** A move into place that fails (here, a temporary file removed behind the run's back) puts back the files moved. */
  @Test
  void aFailedMoveIntoPlacePutsBackTheFilesAlreadyMoved() throws IOException {
    Path first = Files.writeString(dir.resolve("a.xlsx"), "earlier a");
    Path second = Files.writeString(dir.resolve("b.xlsx"), "earlier b");
    assertThatThrownBy(() -> {
      try (OutputTransaction outputs = new OutputTransaction()) {
        outputs.write(first, out -> out.write("new a".getBytes()));
        outputs.write(second, out -> out.write("new b".getBytes()));
        try (Stream<Path> files = Files.list(dir)) {
          for (Path temporary : files.filter(f -> f.getFileName().toString().startsWith(".b.xlsx")).toList()) {
            Files.delete(temporary);
          }
        }
        outputs.commit();
      }
    }).isInstanceOf(OutputException.class).hasMessageContaining("b.xlsx");
    assertThat(Files.readString(first)).isEqualTo("earlier a");
    assertThat(Files.readString(second)).isEqualTo("earlier b");
    assertThat(names(dir)).containsExactly("a.xlsx", "b.xlsx");
  }

  @Test
  void theFoldersOfAFailedRunAreRemoved() throws IOException {
    assertThatThrownBy(() -> {
      try (OutputTransaction outputs = new OutputTransaction()) {
        outputs.write(dir.resolve("reports/story/comparison.xlsx"), out -> out.write(1));
        outputs.write(dir.resolve("reports/story/charts/coverage.png"), out -> {
          throw new IOException(NO_SPACE);
        });
        outputs.commit();
      }
    }).isInstanceOf(OutputException.class);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aFileWrittenTwiceInOneRunIsRefused() {
    Path target = dir.resolve("index.xlsx");
    assertThatThrownBy(() -> {
      try (OutputTransaction outputs = new OutputTransaction()) {
        outputs.write(target, out -> out.write(1));
        outputs.write(target, out -> out.write(2));
      }
    }).isInstanceOf(OutputException.class).hasMessageContaining("written twice");
    assertThat(target).doesNotExist();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
