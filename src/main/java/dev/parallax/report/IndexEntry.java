package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Figure;
import dev.parallax.text.ParsedArticle;
import java.nio.file.Path;
import java.util.List;

/**
 * What the index of a many-story run keeps of one story once its workbook is written: enough for a row per outlet
 * with the Summary figures, without holding on to the parsed story.
 *
 * @param workbook the story's workbook file
 * @param figures the Summary figures of every analyzer, in analyzer order
 */
public record IndexEntry(String story, Path workbook, List<String> outlets, int words, int sentences,
                         List<Figure> figures) {

  public IndexEntry {
    outlets = List.copyOf(outlets);
    figures = List.copyOf(figures);
  }

  public static IndexEntry of(StoryReport report, Path workbook) {
    var articles = report.story().articles();
    return new IndexEntry(report.story().name(), workbook, report.story().outlets(),
        articles.stream().mapToInt(ParsedArticle::wordCount).sum(),
        articles.stream().mapToInt(a -> a.sentences().size()).sum(),
        report.results().stream().flatMap((AnalysisResult r) -> r.figures().stream()).toList());
  }
}
