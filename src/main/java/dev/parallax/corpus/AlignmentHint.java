package dev.parallax.corpus;

import java.nio.file.Path;

/**
 * An analyst's correction of the facts alignment, one line of a story's {@code alignment.tsv}: two sentences (ids as
 * the workbook shows them, {@code outlet#n}) that report the same fact, or that do not.
 */
public record AlignmentHint(Path file, int line, Relation relation, String sentence, String other) {

  /** What the analyst says of the two sentences. */
  public enum Relation {
    SAME, DIFFERENT;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Where the hint comes from, for notes and error messages: {@code alignment.tsv line 3}. */
  public String where() {
    return file.getFileName() + " line " + line;
  }
}
