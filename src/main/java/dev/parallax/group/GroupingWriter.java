package dev.parallax.group;

import dev.parallax.report.AtomicFile;
import dev.parallax.report.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes a grouping as a TSV of article → story → reason, and optionally as one folder per story. */
public final class GroupingWriter {
  private GroupingWriter() {
  }

  public static void tsv(Grouping grouping, Path target) {
    StringBuilder text = new StringBuilder("article\tstory\treason\n");
    for (Grouping.Decision decision : grouping.decisions()) {
      text.append(cell(decision.article().getFileName().toString())).append('\t').append(cell(decision.story()))
          .append('\t').append(cell(decision.reason())).append('\n');
    }
    AtomicFile.write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Copies every article into {@code <folder>/<story>/}; the folder must be new or empty, so nothing is mixed. */
  public static void folders(Grouping grouping, Path folder) {
    if (Files.exists(folder) && !isEmptyFolder(folder)) {
      throw new OutputException(folder, "exists and is not an empty folder; give a new folder for the stories");
    }
    for (Grouping.Group story : grouping.stories()) {
      Path storyFolder = folder.resolve(story.name());
      for (Path article : story.articles()) {
        copy(article, storyFolder.resolve(article.getFileName()));
      }
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    } catch (IOException e) {
      throw new OutputException(to, "not written (" + e.getClass().getSimpleName() + ")");
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
