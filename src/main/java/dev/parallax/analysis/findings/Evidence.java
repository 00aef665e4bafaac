package dev.parallax.analysis.findings;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.Language;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** The story and the analyzers' tables, looked up by sheet name, as the finding rules read them. */
final class Evidence {
  private final ParsedStory story;
  private final List<AnalysisResult> results;
  private final Map<String, Sentence> sentences = new HashMap<>();

  Evidence(ParsedStory story, List<AnalysisResult> results) {
    this.story = story;
    this.results = List.copyOf(results);
    story.sentences().forEach(s -> sentences.put(s.id(), s));
  }

  List<String> outlets() {
    return story.outlets();
  }

  /** The analyst's blocs of the story's outlets, each with its outlets; empty without an outlets.tsv. */
  Map<String, List<String>> blocs() {
    return story.blocs();
  }

  List<AnalysisResult> results() {
    return results;
  }

  Optional<Sentence> sentence(String id) {
    return Optional.ofNullable(sentences.get(id));
  }

  List<Sentence> sentencesOf(String outlet) {
    return story.articles().stream().filter(a -> a.outlet().equals(outlet)).findFirst()
        .map(ParsedArticle::sentences).orElse(List.of());
  }

  /** The words of the outlet's analysed body, for rates per 1,000 words. */
  int wordCount(String outlet) {
    return story.articles().stream().filter(a -> a.outlet().equals(outlet)).mapToInt(ParsedArticle::wordCount).sum();
  }

  Optional<Language> language(String outlet) {
    return story.articles().stream().filter(a -> a.outlet().equals(outlet)).findFirst().map(ParsedArticle::language);
  }

  Optional<Table> sheet(String name) {
    return results.stream().flatMap(r -> r.sheets().stream()).filter(s -> s.name().equals(name))
        .map(ResultSheet::table).findFirst();
  }

  static boolean has(Table table, String... columns) {
    return table.columnNames().containsAll(List.of(columns));
  }
}
