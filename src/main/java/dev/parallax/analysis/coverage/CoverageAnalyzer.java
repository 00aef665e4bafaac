package dev.parallax.analysis.coverage;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzer;
import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.SentenceColumn;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** How much each outlet wrote: words, sentences, and words inside quotation marks. */
public final class CoverageAnalyzer implements Analyzer {
  public static final String ID = "coverage";
  private static final String EVIDENCE = "Sentences";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public AnalysisResult analyze(ParsedStory story) {
    List<Figure> figures = new ArrayList<>();
    Table chart = ChartData.create("coverage");
    for (ParsedArticle article : story.articles()) {
      String outlet = article.outlet();
      int words = article.wordCount();
      int quoted = article.quotedWordCount();
      figures.add(new Figure(outlet, "Words", words, Figure.Format.COUNT, EVIDENCE));
      figures.add(new Figure(outlet, "Sentences", article.sentences().size(), Figure.Format.COUNT, EVIDENCE));
      figures.add(new Figure(outlet, "Quoted words", quoted, Figure.Format.COUNT, EVIDENCE));
      figures.add(new Figure(outlet, "Quoted share", words == 0 ? 0 : (double) quoted / words,
          Figure.Format.PERCENT, EVIDENCE));
      ChartData.add(chart, "Words", outlet, words);
      ChartData.add(chart, "Sentences", outlet, article.sentences().size());
      ChartData.add(chart, "Quoted words", outlet, quoted);
    }
    return new AnalysisResult(ID, figures, List.of(), sentenceColumns(story),
        List.of(new ChartSpec("coverage", "Coverage at a glance: words, sentences and quoted words per outlet",
            "", "Count", ChartSpec.Kind.SMALL_MULTIPLES, chart)),
        List.of("Words are tokens holding a letter or digit (an elided article such as l' counts as a word).",
            "Quoted words lie between quotation marks (« », “ ”, \"\"); a quote left open runs to the end of its "
                + "paragraph."));
  }

  private static List<SentenceColumn> sentenceColumns(ParsedStory story) {
    Map<String, Object> words = new LinkedHashMap<>();
    Map<String, Object> quoted = new LinkedHashMap<>();
    for (Sentence sentence : story.sentences()) {
      words.put(sentence.id(), sentence.wordCount());
      quoted.put(sentence.id(), sentence.quotedWordCount());
    }
    return List.of(new SentenceColumn("Words", words), new SentenceColumn("Quoted words", quoted));
  }

}
