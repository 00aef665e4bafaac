package dev.parallax.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a story's {@code alignment.tsv}: a header {@code relation<TAB>sentence<TAB>other}, then one hint a line,
 * {@code same} or {@code different} and two sentence ids of different outlets ({@code maliweb.net#5}). Blank lines
 * and lines starting with {@code #} are skipped. Whether the sentences exist is checked once the story is parsed.
 */
final class AlignmentFile {
  static final String NAME = "alignment.tsv";
  static final String HEADER = "relation\tsentence\tother";
  private static final Pattern SENTENCE_ID = Pattern.compile(".+#[1-9][0-9]*");

  private AlignmentFile() {
  }

  static List<AlignmentHint> read(Path file) {
    List<String> lines = lines(file);
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new CorpusException(file, "line 1: expected the header '" + HEADER.replace("\t", "<TAB>") + "'");
    }
    List<AlignmentHint> hints = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        hints.add(hint(file, i + 1, line));
      }
    }
    return List.copyOf(hints);
  }

  private static AlignmentHint hint(Path file, int number, String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 3) {
      throw new CorpusException(file, "line " + number + ": expected 3 tab-separated fields (relation, sentence, "
          + "other), found " + fields.length);
    }
    AlignmentHint.Relation relation = switch (fields[0].strip().toLowerCase(Locale.ROOT)) {
      case "same" -> AlignmentHint.Relation.SAME;
      case "different" -> AlignmentHint.Relation.DIFFERENT;
      default -> throw new CorpusException(file, "line " + number + ": relation '" + fields[0].strip()
          + "' is neither 'same' nor 'different'");
    };
    String sentence = sentenceId(file, number, fields[1]);
    String other = sentenceId(file, number, fields[2]);
    if (outlet(sentence).equals(outlet(other))) {
      throw new CorpusException(file, "line " + number + ": both sentences are from " + outlet(sentence)
          + "; a hint links sentences of two outlets");
    }
    return new AlignmentHint(file, number, relation, sentence, other);
  }

  private static String sentenceId(Path file, int number, String field) {
    String id = field.strip();
    if (!SENTENCE_ID.matcher(id).matches()) {
      throw new CorpusException(file, "line " + number + ": '" + id + "' is not a sentence id (outlet#number, as "
          + "in the workbook's Sentence columns)");
    }
    return id;
  }

  static String outlet(String sentenceId) {
    return sentenceId.substring(0, sentenceId.lastIndexOf('#'));
  }

  private static List<String> lines(Path file) {
    try {
      return List.of(ArticleReader.decode(file, Files.readAllBytes(file)).split("\r?\n", -1));
    } catch (IOException e) {
      throw new CorpusException(file, "cannot read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
