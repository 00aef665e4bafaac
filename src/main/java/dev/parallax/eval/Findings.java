package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** What the scorers compare gold lines with: an analyzer's sheet, and the story's sentences to show beside a miss. */
final class Findings {
  private final Table sheet;
  private final ParsedStory story;
  private final Map<String, Sentence> sentences;

  Findings(ParsedStory story, Map<String, AnalysisResult> results, String analyzerId, String sheetName) {
    this.story = story;
    this.sentences = story.sentences().stream().collect(Collectors.toMap(Sentence::id, Function.identity()));
    this.sheet = Optional.ofNullable(results.get(analyzerId)).stream()
        .flatMap(r -> r.sheets().stream())
        .filter(s -> s.name().equals(sheetName))
        .map(ResultSheet::table)
        .findFirst()
        .orElse(Table.create(sheetName));
  }

  int rows() {
    return sheet.rowCount();
  }

  String get(int row, String column) {
    return sheet.columnNames().contains(column) ? sheet.stringColumn(column).get(row) : "";
  }

  /** The text of a sentence id ({@code outlet#n}), or the id itself when the story has no such sentence. */
  String sentenceText(String id) {
    Sentence sentence = sentences.get(id);
    return sentence == null ? id : sentence.text();
  }

  /** The first sentence of an outlet that holds a gold text's first words, to show beside a miss. */
  String sentenceHolding(String outlet, String goldText) {
    String words = GoldText.start(goldText);
    return story.sentences().stream()
        .filter(s -> s.outlet().equals(outlet)
            && (" " + GoldText.normalise(s.text()) + " ").contains(" " + words + " "))
        .map(s -> s.id() + " " + s.text())
        .findFirst()
        .orElse("(no sentence of " + outlet + " holds these words)");
  }

  /** Two names for one speaker: equal once normalised, or one inside the other word for word ("les Parties", "Parties"). */
  static boolean sameName(String gold, String found) {
    String a = " " + GoldText.normalise(gold) + " ";
    String b = " " + GoldText.normalise(found) + " ";
    return a.isBlank() ? b.isBlank() : !b.isBlank() && (a.contains(b) || b.contains(a));
  }

  /** Checks a gold value against the values the format allows; the error names the file and line. */
  static void requireOneOf(GoldFile gold, GoldFile.Row row, String column, Set<String> allowed) {
    if (!allowed.contains(row.get(column))) {
      throw new GoldFormatException(gold.path() + ", line " + row.line() + ": " + column + " '" + row.get(column)
          + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
    }
  }

  static String ratio(String what, int right, int total) {
    return total == 0 ? what + " n/a (nothing matched)"
        : String.format("%s %.2f (%d/%d)", what, (double) right / total, right, total);
  }
}
