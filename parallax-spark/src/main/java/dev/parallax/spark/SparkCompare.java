package dev.parallax.spark;

import dev.parallax.analysis.facts.FactsAnalyzer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Parallax on Spark: every story of a corpus (a folder of story folders, on any file system Spark reads) analysed
 * in one task per story, with the results as tables. The only shuffle groups the articles' raw bytes by story;
 * the language layer and the analyzers then run as they do on one machine, so a story's figures are the same.
 *
 * <p>Run with {@code spark-submit --class dev.parallax.spark.SparkCompare parallax-spark.jar CORPUS OUTPUT}: writes
 * {@code OUTPUT/figures} (story, analyzer, outlet, name, value, format, evidence sheet) and {@code OUTPUT/errors}
 * (stories left out, with the reason) as Parquet.
 */
public final class SparkCompare {
  private SparkCompare() {
  }

  /** The two tables of a run. */
  public record Tables(Dataset<Row> figures, Dataset<Row> errors) {
  }

  public static Tables run(SparkSession spark, String corpus, double factThreshold, int partitions) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaPairRDD<String, Tuple2<String, byte[]>> articlesByStory = context.binaryFiles(corpus + "/*/*.txt")
        .mapToPair(file -> {
          org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file._1());
          return new Tuple2<>(path.getParent().getName(), new Tuple2<>(path.getName(), file._2().toArray()));
        });
    JavaRDD<StoryTask.Outcome> outcomes = articlesByStory.groupByKey(partitions)
        .map(story -> StoryTask.run(story._1(), story._2(), factThreshold))
        .cache();
    Dataset<Row> figures = spark.createDataFrame(outcomes.flatMap(o -> o.figures().iterator()), FigureRow.class);
    Dataset<Row> errors = spark.createDataFrame(outcomes.filter(o -> o.error() != null).map(StoryTask.Outcome::error),
        ErrorRow.class);
    return new Tables(figures, errors);
  }

  public static void write(Tables tables, String output) {
    tables.figures().write().mode(SaveMode.Overwrite).parquet(output + "/figures");
    tables.errors().write().mode(SaveMode.Overwrite).parquet(output + "/errors");
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SparkCompare CORPUS OUTPUT [FACT_THRESHOLD]");
      System.exit(2);
    }
    double threshold = args.length > 2 ? Double.parseDouble(args[2]) : FactsAnalyzer.DEFAULT_THRESHOLD;
    try (SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate()) {
      int partitions = spark.sparkContext().defaultParallelism();
      write(run(spark, args[0], threshold, partitions), args[1]);
    }
  }
}
