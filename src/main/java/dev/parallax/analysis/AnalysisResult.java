package dev.parallax.analysis;

import java.util.List;

/**
 * What one analyzer found.
 *
 * @param figures headline figures per outlet, for the Summary sheet, each pointing at the sheet of its evidence
 * @param sheets detail tables, one sheet each, whose rows name their evidence sentence in a {@code Sentence} column
 * @param sentenceColumns extra columns for the Sentences sheet, keyed by sentence id; may be empty
 * @param charts the charts this analyzer's tables call for
 * @param methodNotes one line per method decision an analyst should know, for the About sheet
 */
public record AnalysisResult(
    String analyzerId,
    List<Figure> figures,
    List<ResultSheet> sheets,
    List<SentenceColumn> sentenceColumns,
    List<ChartSpec> charts,
    List<String> methodNotes) {

  public AnalysisResult {
    figures = List.copyOf(figures);
    sheets = List.copyOf(sheets);
    sentenceColumns = List.copyOf(sentenceColumns);
    charts = List.copyOf(charts);
    methodNotes = List.copyOf(methodNotes);
  }
}
