package dev.parallax.group;

import dev.parallax.report.OutputChecks;
import dev.parallax.report.OutputException;
import dev.parallax.report.OutputTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes a grouping as a TSV of article → story → reason, and optionally as one folder per story. */
public final class GroupingWriter {
  private GroupingWriter() {
  }

  /** The TSV and the story folders can be written: checked before the articles are read. */
  public static void check(Path tsv, Path folders) {
    OutputChecks.checkFile(tsv);
    if (folders != null) {
      checkFolders(folders);
    }
  }

  private static void checkFolders(Path folders) {
    if (Files.exists(folders) && !isEmptyFolder(folders)) {
      throw new OutputException(folders, "exists and is not an empty folder; give a new folder for the stories");
    }
    OutputChecks.checkFolder(folders);
  }

  /** The TSV, as a file of the run's outputs, moved into place when the run commits. */
  public static void tsv(Grouping grouping, Path target, OutputTransaction outputs) {
    StringBuilder text = new StringBuilder("article\tstory\treason\n");
    for (Grouping.Decision decision : grouping.decisions()) {
      text.append(cell(decision.article().getFileName().toString())).append('\t').append(cell(decision.story()))
          .append('\t').append(cell(decision.reason())).append('\n');
    }
    outputs.write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Copies every article into {@code <folder>/<story>/}, as files of the run's outputs; the folder must be new or
   * empty, so nothing is mixed.
   */
  public static void folders(Grouping grouping, Path folder, OutputTransaction outputs) {
    checkFolders(folder);
    for (Grouping.Group story : grouping.stories()) {
      Path storyFolder = folder.resolve(story.name());
      for (Path article : story.articles()) {
        outputs.write(storyFolder.resolve(article.getFileName()), out -> Files.copy(article, out));
      }
    }
  }

  private static boolean isEmptyFolder(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static String cell(String value) {
    return value.replace('\t', ' ').replace('\n', ' ');
  }
}
