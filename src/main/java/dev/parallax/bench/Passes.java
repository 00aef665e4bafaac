package dev.parallax.bench;

import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.corpus.Article;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Paragraph;
import dev.parallax.corpus.Story;
import dev.parallax.run.StoryPipeline;
import dev.parallax.run.Workers;
import dev.parallax.text.Language;
import dev.parallax.text.LanguageLayer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/** The three passes the bench times on the same articles and threads. */
final class Passes {
  private static final String FRENCH = "fr";

  private Passes() {
  }

  /** Lucene's French analyzer (tokenizing, elision and stop-word filtering, light stemming) over every body. */
  static Measurement lucene(List<Article> articles, long words, Workers workers) {
    try (FrenchAnalyzer analyzer = new FrenchAnalyzer()) {
      return time("Lucene FrenchAnalyzer", words, articles.size(), "tokens",
          () -> sum(workers.map(articles, article -> luceneTokens(analyzer, body(article)))));
    }
  }

  /** OpenNLP alone: the French sentence model per paragraph, OpenNLP's simple tokenizer, the French POS model. */
  static Measurement openNlp(List<Article> articles, long words, Workers workers) {
    Language french = Language.forCode(FRENCH);
    SentenceModel sentenceModel = french.sentenceModel().orElseThrow();
    POSModel posModel = french.posModel().orElseThrow();
    ThreadLocal<SentenceDetectorME> detectors = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    ThreadLocal<POSTaggerME> taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    return time("OpenNLP sentences + tokens + POS", words, articles.size(), "tokens",
        () -> sum(workers.map(articles, article -> tagged(article, detectors.get(), taggers.get()))));
  }

  /** Parallax without the report: read the corpus folder, language layer and every analyzer, nothing written. */
  static Measurement analysis(Path corpus, long words, int articles, Workers workers, String version) {
    return time("Parallax language layer + analyzers, no report", words, articles, "stories", () -> {
      List<Story> stories = new CorpusReader(note -> { }).read(corpus, workers::map);
      StoryPipeline pipeline = new StoryPipeline(new LanguageLayer(), workers,
          new StoryPipeline.Settings(corpus.toString(), version, ZonedDateTime.now(), false, 1, FactsAnalyzer.DEFAULT_THRESHOLD));
      return workers.map(stories, story -> Analyzers.runAll(pipeline.parse(story)).size()).size();
    });
  }

  /** Parallax as {@code compare} runs it: read the corpus folder, language layer, analyzers, workbooks, index. */
  static Measurement endToEnd(Path corpus, Path output, long words, int articles, Workers workers, boolean charts,
                              String version) {
    return time(charts ? "Parallax end to end, with charts" : "Parallax end to end", words, articles, "stories",
        () -> {
          List<Story> stories = new CorpusReader(note -> { }).read(corpus, workers::map);
          StoryPipeline pipeline = new StoryPipeline(new LanguageLayer(), workers,
              new StoryPipeline.Settings(corpus.toString(), version, ZonedDateTime.now(), charts, 1, FactsAnalyzer.DEFAULT_THRESHOLD));
          pipeline.runAll(stories, output.resolve("comparison.xlsx"), done -> { });
          return stories.size();
        });
  }

  /** One story, one large article in it, as {@code compare} runs it on a story folder: the workbook, no charts. */
  static Measurement largeArticle(Path story, Path output, Workers workers, String version) {
    List<Article> articles = new CorpusReader(note -> { }).readStory(story).articles();
    return time("Parallax end to end, one large article", words(articles), articles.size(), "stories", () -> {
      Story read = new CorpusReader(note -> { }).readStory(story);
      StoryPipeline pipeline = new StoryPipeline(new LanguageLayer(), workers,
          new StoryPipeline.Settings(story.toString(), version, ZonedDateTime.now(), false, 1,
              FactsAnalyzer.DEFAULT_THRESHOLD));
      pipeline.run(read, output.resolve("comparison.xlsx"), output.resolve("charts"),
          StoryPipeline.Listener.quiet());
      return 1;
    });
  }

  /** Words as a reader counts them: whitespace-separated, holding a letter or a digit. */
  static long words(List<Article> articles) {
    long words = 0;
    for (Article article : articles) {
      for (Paragraph paragraph : article.paragraphs()) {
        for (String word : paragraph.text().split("\\s+")) {
          if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
            words++;
          }
        }
      }
    }
    return words;
  }

  private static Measurement time(String pass, long words, int articles, String unitName, LongSupplier work) {
    System.gc();
    try (HeapSampler sampler = new HeapSampler()) {
      long start = System.nanoTime();
      long units = work.getAsLong();
      long nanos = System.nanoTime() - start;
      return new Measurement(pass, words, articles, nanos, sampler.heap(), units, unitName);
    }
  }

  private static long luceneTokens(FrenchAnalyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      stream.reset();
      long tokens = 0;
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long tagged(Article article, SentenceDetectorME detector, POSTaggerME tagger) {
    long tokens = 0;
    for (Paragraph paragraph : article.paragraphs()) {
      for (String sentence : detector.sentDetect(paragraph.text())) {
        String[] words = SimpleTokenizer.INSTANCE.tokenize(sentence);
        tokens += tagger.tag(words).length;
      }
    }
    return tokens;
  }

  private static String body(Article article) {
    return String.join("\n\n", article.paragraphs().stream().map(Paragraph::text).toList());
  }

  private static long sum(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).sum();
  }
}
