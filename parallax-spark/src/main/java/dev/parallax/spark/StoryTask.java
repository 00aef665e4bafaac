package dev.parallax.spark;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.Figure;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleReader;
import dev.parallax.corpus.CorpusException;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import scala.Tuple2;

/**
 * What one Spark task does with one story: the single-machine pipeline up to the tables. The articles are read
 * from their bytes with the corpus package's checks, parsed by the language layer, and given to every analyzer;
 * the results leave the task as rows, because Tablesaw tables are not serialisable.
 */
final class StoryTask {
  /**
   * One language layer per executor JVM: its models (OpenNLP, lexicons) load on first use and are then shared by
   * the JVM's task threads, as they are by the command line's threads.
   */
  private static final LanguageLayer LANGUAGE_LAYER = new LanguageLayer();

  private StoryTask() {
  }

  /** A story's figures, or the reason it was left out. */
  record Outcome(String story, List<FigureRow> figures, ErrorRow error) implements Serializable {
  }

  static Outcome run(String storyName, Iterable<Tuple2<String, byte[]>> files, double factThreshold) {
    try {
      ArticleReader reader = new ArticleReader();
      List<Article> articles = new ArrayList<>();
      for (Tuple2<String, byte[]> file : files) {
        articles.add(reader.read(Path.of(storyName, file._1()), file._2()));
      }
      Story story = CorpusReader.story(Path.of(storyName), articles);
      ParsedStory parsed = new ParsedStory(story.name(), story.articles().stream().map(LANGUAGE_LAYER::parse).toList());
      List<FigureRow> figures = new ArrayList<>();
      for (AnalysisResult result : Analyzers.runAll(Analyzers.all(factThreshold), parsed)) {
        for (Figure figure : result.figures()) {
          figures.add(FigureRow.of(story.name(), result.analyzerId(), figure));
        }
      }
      return new Outcome(storyName, figures, null);
    } catch (CorpusException e) {
      return new Outcome(storyName, List.of(), new ErrorRow(storyName, e.getMessage()));
    }
  }
}
