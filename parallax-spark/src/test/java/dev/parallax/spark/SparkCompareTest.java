package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.Analyzers;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.facts.FactsAnalyzer;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on a corpus of three stories (the seed story, a copy with the outlets renamed, and a
 * story with one outlet, which must be left out with its reason), against the single-machine pipeline.
 */
class SparkCompareTest {
  private static final Path SEED_STORY = Path.of("../corpus/aes-russia-moscow-2025-04");
  private static SparkSession spark;

  @TempDir
  static Path work;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("parallax-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void figuresOfEveryStoryMatchTheSingleMachinePipelineAndABadStoryIsReportedNotDropped() throws IOException {
    Path corpus = work.resolve("corpus");
    copy(SEED_STORY, corpus.resolve("seed"), "");
    copy(SEED_STORY, corpus.resolve("renamed"), "copy-");
    Files.createDirectories(corpus.resolve("lonely"));
    Files.writeString(corpus.resolve("lonely/only-outlet.txt"), "Un seul article ne fait pas une comparaison.\n",
        StandardCharsets.UTF_8);

    SparkCompare.Tables tables = SparkCompare.run(spark, corpus.toString(), FactsAnalyzer.DEFAULT_THRESHOLD, 2);
    SparkCompare.write(tables, work.resolve("out").toString());
    List<FigureRow> written = spark.read().parquet(work.resolve("out/figures").toString())
        .as(Encoders.bean(FigureRow.class)).collectAsList();
    List<ErrorRow> errors = spark.read().parquet(work.resolve("out/errors").toString())
        .as(Encoders.bean(ErrorRow.class)).collectAsList();

    List<FigureRow> expected = new ArrayList<>(singleMachine(corpus.resolve("seed")));
    expected.addAll(singleMachine(corpus.resolve("renamed")));
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.getStory()).isEqualTo("lonely");
      assertThat(error.getMessage()).contains("only one outlet");
    });
  }

  /** The figures `parallax compare` puts in the Summary sheet for this story folder. */
  private static List<FigureRow> singleMachine(Path folder) {
    Story story = new CorpusReader(note -> { }).readStory(folder);
    LanguageLayer layer = new LanguageLayer();
    ParsedStory parsed = new ParsedStory(story.name(), story.articles().stream().map(layer::parse).toList());
    List<FigureRow> rows = new ArrayList<>();
    for (AnalysisResult result : Analyzers.runAll(Analyzers.all(FactsAnalyzer.DEFAULT_THRESHOLD), parsed)) {
      for (Figure figure : result.figures()) {
        rows.add(FigureRow.of(story.name(), result.analyzerId(), figure));
      }
    }
    return rows;
  }

  /** Copies a story's articles, the outlet in each file's front matter prefixed (so the outlets differ). */
  private static void copy(Path from, Path to, String outletPrefix) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("outlet: ", "outlet: " + outletPrefix);
        Files.writeString(to.resolve(outletPrefix + file.getFileName()), text, StandardCharsets.UTF_8);
      }
    }
  }
}
