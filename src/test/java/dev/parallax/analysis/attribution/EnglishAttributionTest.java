package dev.parallax.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestStories;
import dev.parallax.analysis.AnalysisResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * English attribution constructions on real sentences of the development set's wire copy (Reuters, AP, BBC, Bloomberg
 * and their reprints): where each rule must fire, with the statement and its speaker, and where it must not.
 */
class EnglishAttributionTest {

  record Row(String kind, String quote, String speaker, String type, String verb) {
  }

  static List<Row> rows(String text) {
    AnalysisResult result = new AttributionAnalyzer().analyze(TestStories.english(text));
    Table table = result.sheets().get(0).table();
    return IntStream.range(0, table.rowCount()).mapToObj(i -> new Row(table.stringColumn("Kind").get(i),
        table.stringColumn("Quote").get(i), table.stringColumn("Speaker").get(i),
        table.stringColumn("Source type").get(i), table.stringColumn("Reporting verb").get(i))).toList();
  }

  /** Subject, reporting verb, then the reported clause with no "that". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A local official said most deaths were in mountain areas that were hard to reach.|most deaths were in|local official|anonymous",
      "The interior ministry says more than 1,400 have serious injuries.|more than 1,400 have|interior ministry|institution",
      "Montasir Itri, a resident of the mountain village of Asni near the epicentre, said most houses there were damaged.|most houses there were|Montasir Itri|person",
      "State media said 632 people had been killed and another 329 injured.|632 people had been killed|State media|media",
      "Holzmann said in an interview that he would support a cut.|he would support a|Holzmann|person",
  })
  void statementReportedBySubjectAndVerb(String sentence, String start, String speaker, String type) {
    List<Row> rows = rows(sentence);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).quote()).startsWith(start);
    assertThat(rows.get(0).speaker()).startsWith(speaker);
    assertThat(rows.get(0).type()).isEqualTo(type);
    assertThat(rows.get(0).kind()).isEqualTo("indirect");
  }

  /** The source after the statement, in subject-verb order: ", the royal palace said." */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Flags will be at half-mast on all public buildings in the country for the next three days, the royal palace said.|Flags will be at|royal palace",
      "The cut was widely expected, ECB officials said on Thursday.|The cut was widely|ECB officials",
  })
  void statementFollowedByItsSource(String sentence, String start, String speaker) {
    List<Row> rows = rows(sentence);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).quote()).startsWith(start);
    assertThat(rows.get(0).speaker()).isEqualTo(speaker);
  }

  /** A quote closed by a subject-verb incise takes the person named before it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Hamza Lamghani lives in Marrakech. \"There's nothing to do but pray,\" he said.",
      "Hamza Lamghani lives in Marrakech. \"There's nothing to do but pray,\" Lamghani said.",
  })
  void quoteClosedBySubjectVerbIncise(String text) {
    List<Row> rows = rows(text);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.kind()).isEqualTo("direct");
      assertThat(row.speaker()).isEqualTo("Hamza Lamghani");
      assertThat(row.type()).isEqualTo("person");
    });
  }

  /** Verbs of saying followed by an object, an act, or a clause that is not reported speech are not statements. */
  @ParameterizedTest
  @ValueSource(strings = {
      "The European Central Bank announced a cut in its key rates on Thursday.",
      "The ministry reported 632 deaths in the provinces of Al Haouz and Taroudant.",
      "Officials noted the damage in the old city of Marrakech.",
      "The ECB has raised rates ten times since July 2022, the steepest increase in its history.",
  })
  void actsAndObjectsAreNotStatements(String sentence) {
    assertThat(rows(sentence)).isEmpty();
  }
}
