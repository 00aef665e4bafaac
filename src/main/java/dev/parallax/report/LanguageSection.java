package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.LanguageSupport;
import dev.parallax.text.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The About sheet's "Language" rows: each article's language and what Parallax has for it, then each analyzer
 * that had no word list for an article's language.
 */
final class LanguageSection {
  static final String SECTION = "Language";

  record Row(String item, String detail) {
  }

  private LanguageSection() {
  }

  static List<Row> rows(StoryReport report) {
    Set<String> ran = report.results().stream().map(AnalysisResult::analyzerId).collect(Collectors.toSet());
    List<Analyzer> analyzers = Analyzers.all().stream().filter(a -> ran.contains(a.id())).toList();
    List<LanguageSupport.Gap> gaps = LanguageSupport.gaps(report.story(), analyzers);
    List<Row> rows = new ArrayList<>();
    for (ParsedArticle article : report.story().articles()) {
      String language = LanguageSupport.describe(article.language())
          + (article.languageDetected() ? ", detected by OpenNLP langdetect" : ", from the front matter")
          + article.languageNote().map(note -> " (" + note + ")").orElse("");
      String models = article.language().hasModels() ? "OpenNLP sentence and part-of-speech models"
          : "no OpenNLP model: sentences split by rule, no part-of-speech tags";
      boolean complete = gaps.stream().noneMatch(g -> g.outlet().equals(article.outlet()));
      rows.add(new Row(article.outlet(), language + "; " + models + "; "
          + (complete ? "every analyzer has its word lists" : "some analyzers have no word lists (below)")));
      for (LanguageSupport.Gap gap : gaps) {
        if (gap.outlet().equals(article.outlet())) {
          rows.add(new Row(article.outlet() + " · " + gap.analyzerId(), "no word list in "
              + LanguageSupport.describe(gap.language()) + " for " + String.join(", ", gap.missing())
              + ": the " + gap.analyzerId() + " analyzer finds nothing in this article"));
        }
      }
    }
    return rows;
  }
}
