package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.TestStories;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.findings.Findings;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while a file is written, simulated by a writer (or an output stream) that throws
 * IOException("No space left on device") partway: no partial file in place, no temporary file left behind, and
 * the earlier file untouched.
 */
class AtomicFileTest {
  private static final String NO_SPACE = "No space left on device";
  private static final String EARLIER = "an earlier workbook";

  @TempDir
  Path dir;

  /** A workbook is as readable as any file this user makes (the umask decides), not private to its owner. */
  @Test
  void aNewFileGetsTheUsualPermissionsAndAnOverwrittenOneKeepsItsOwn() throws IOException {
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    Files.delete(dir.resolve("probe"));
    Path target = dir.resolve("comparison.xlsx");
    AtomicFile.write(target, out -> out.write(1));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);

    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(target, shared);
    AtomicFile.write(target, out -> out.write(2));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
    assertThat(Files.readAllBytes(target)).containsExactly(2);
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  @Test
  void aDiskThatFillsUpLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("comparison.xlsx"), EARLIER);
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write(new byte[64 * 1024]);
      throw new IOException(NO_SPACE);
    })).isInstanceOf(OutputException.class).hasMessageContaining("comparison.xlsx").hasMessageContaining(NO_SPACE);
    assertThat(Files.readString(target)).isEqualTo(EARLIER);
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  @Test
  void aDiskThatFillsUpLeavesNoFileWhenThereWasNone() throws IOException {
    Path target = dir.resolve("comparison.xlsx");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write(new byte[1024]);
      throw new IOException(NO_SPACE);
    })).isInstanceOf(OutputException.class);
    assertThat(names(dir)).isEmpty();
  }

  /** POI reports a failure of its own temporary files as IllegalStateException(IOException): still an output fault. */
  @Test
  void anIoFailureWrappedByALibraryIsAnOutputFault() throws IOException {
    Path target = Files.writeString(dir.resolve("comparison.xlsx"), EARLIER);
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write(1);
      throw new IllegalStateException(new IOException(NO_SPACE));
    })).isInstanceOf(OutputException.class).hasMessageContaining(NO_SPACE);
    assertThat(Files.readString(target)).isEqualTo(EARLIER);
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  @Test
  void aBugInTheWriterStaysAnInternalErrorAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("comparison.xlsx"), EARLIER);
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      throw new IllegalArgumentException("a bug");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(target)).isEqualTo(EARLIER);
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  /** The real workbook of the seed story, with the disk filling up after 20 kB of the file. */
  @Test
  void theWorkbookWriterOnAFullDisk() throws IOException {
    var results = Analyzers.runAll(TestStories.seeds());
    StoryReport report = new StoryReport(TestStories.seeds(), results, Findings.of(TestStories.seeds(), results),
        "test", "corpus", ZonedDateTime.now());
    Path target = Files.writeString(dir.resolve("comparison.xlsx"), EARLIER);
    assertThatThrownBy(() -> AtomicFile.write(target,
        out -> new WorkbookWriter().write(report, new FillingStream(out, 20_000))))
        .isInstanceOf(OutputException.class).hasMessageContaining(NO_SPACE);
    assertThat(Files.readString(target)).isEqualTo(EARLIER);
    assertThat(names(dir)).containsExactly("comparison.xlsx");
  }

  /** An output stream on a disk with {@code room} bytes left. */
  private static final class FillingStream extends FilterOutputStream {
    private long room;

    FillingStream(OutputStream out, long room) {
      super(out);
      this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
      if (room-- <= 0) {
        throw new IOException(NO_SPACE);
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
