package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything a story's workbook and charts are made from: the parsed story, the analyzers' results, the findings
 * drawn from them, and the run.
 */
public record StoryReport(ParsedStory story, List<AnalysisResult> results, ResultSheet findings, String version,
                          String corpus, ZonedDateTime runAt) {
  public StoryReport {
    results = List.copyOf(results);
  }
}
