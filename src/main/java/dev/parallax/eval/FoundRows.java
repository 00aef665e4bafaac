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
final class FoundRows {
  private final Table sheet;
  private final ParsedStory story;
  private final Map<String, Sentence> sentences;
  private static final String NO_SPEAKER = "none";
  private final Set<String> functionWords;
  private final WrittenSentences written;

  FoundRows(ParsedStory story, Map<String, AnalysisResult> results, String analyzerId, String sheetName) {
    this.story = story;
    this.written = new WrittenSentences(story);
    this.sentences = story.sentences().stream().collect(Collectors.toMap(Sentence::id, Function.identity()));
    this.functionWords = story.articles().stream().map(a -> a.language()).distinct()
        .flatMap(language -> language.lexicon("stopwords").stream())
        .flatMap(list -> list.entries().stream()).map(entry -> GoldText.normalise(entry.fields().get(0)))
        .collect(Collectors.toSet());
    this.sheet = Optional.ofNullable(results.get(analyzerId)).stream()
        .flatMap(r -> r.sheets().stream())
        .filter(s -> s.name().equals(sheetName))
        .map(ResultSheet::table)
        .findFirst()
        .orElse(Table.create(sheetName));
  }

  /** The language code of an outlet's article, the group eval reports French and English apart by. */
  String language(String outlet) {
    return languageOf(story, outlet);
  }

  static String languageOf(ParsedStory story, String outlet) {
    return story.articles().stream().filter(a -> a.outlet().equals(outlet)).findFirst()
        .map(a -> a.language().code()).orElse("?");
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

  /** The sentence's text as the article has it, with a dateline the reader cut off put back (gold copies it). */
  String writtenText(String id) {
    Sentence sentence = sentences.get(id);
    return sentence == null ? id : written.text(sentence);
  }

  /** The first sentence of an outlet that holds a gold text's first words, to show beside a miss. */
  String sentenceHolding(String outlet, String goldText) {
    String words = GoldText.start(goldText);
    return story.sentences().stream()
        .filter(s -> s.outlet().equals(outlet)
            && ((" " + GoldText.normalise(s.text()) + " ").contains(" " + words + " ")
                || (" " + GoldText.normalise(written.text(s)) + " ").contains(" " + words + " ")))
        .map(s -> s.id() + " " + s.text())
        .findFirst()
        .orElse("(no sentence of " + outlet + " holds these words)");
  }

  /**
   * Two names for one speaker, as gold-format.md matches them: what follows a comma (a title, an apposition) and a
   * leading function word (an article: "le", "the") do not count, and one name holding the other word for word
   * matches ("Abdoulaye Diop" = "Diop" = "Abdoulaye Diop, ministre"; "le communiqué conjoint" = "communiqué
   * conjoint"). Gold "-" (no speaker) matches only a row without one.
   */
  boolean sameSpeaker(String gold, String found) {
    String a = " " + canonicalSpeaker(gold) + " ";
    String b = " " + canonicalSpeaker(found) + " ";
    return a.isBlank() ? b.isBlank() : !b.isBlank() && (a.contains(b) || b.contains(a));
  }

  /** The speaker's name without what follows a comma and without a leading function word of the story's languages. */
  String canonicalSpeaker(String name) {
    String head = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
    String words = GoldText.normalise(head);
    if (words.equals(NO_SPEAKER)) {
      return ""; // the Attribution sheet's "none": a statement with no source in reach, which gold writes "-"
    }
    int space = words.indexOf(' ');
    return space > 0 && functionWords.contains(words.substring(0, space)) ? words.substring(space + 1) : words;
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
