package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `parallax bench` on a tiny corpus: the table and the ratios are printed (their values are not judged here). */
class BenchCommandTest {

  @Test
  void printsOneRowPerPassAndTheRatios() {
    Cli cli = Cli.run("bench", "--articles", "4", "--outlets-per-story", "2", "--startup-runs", "0",
        "--large-article-mb", "1");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("| Lucene FrenchAnalyzer |", "| OpenNLP sentences + tokens + POS |",
        "| Parallax end to end |", "| Parallax end to end, one large article |", "Parallax end to end / OpenNLP pass:", "Lucene analyzer / OpenNLP pass:");
    assertThat(cli.out()).contains("4 articles in 2 stories, copies of the 2 seed articles");
    assertThat(cli.out()).contains("| Parallax language layer + analyzers, no report |");
    assertThat(cli.out().lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Pass"))).hasSize(5);
  }

  @Test
  void rejectsACorpusTooSmallToCompare() {
    Cli cli = Cli.run("bench", "--articles", "1");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--articles");
  }
}
