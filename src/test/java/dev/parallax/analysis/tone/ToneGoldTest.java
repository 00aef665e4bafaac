package dev.parallax.analysis.tone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.eval.FileScore;
import dev.parallax.eval.ToneScorer;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToneGoldTest {
  private static final String STORY = "aes-russia-moscow-2025-04";
  private static ParsedStory story;
  private static AnalysisResult result;

  @BeforeAll
  static void parse() {
    story = new LanguageLayer().parse(new CorpusReader(note -> { }).readStory(Path.of("corpus", STORY)));
    result = new ToneAnalyzer().analyze(story);
  }

  @Test
  void evaluativeWordsReachPrecisionAndRecallOfPointEight() {
    FileScore score = new ToneScorer().score(Path.of("src/test/resources/gold", STORY), story,
        Map.of(ToneAnalyzer.ID, result)).orElseThrow();
    System.out.println("tone.tsv " + score.score());
    score.details().forEach(d -> System.out.println("  " + d));
    score.misses().forEach(m -> System.out.println("  miss: " + m));
    score.falseAlarms().forEach(f -> System.out.println("  false alarm: " + f));
    assertThat(score.score().precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(score.score().recall()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void actorDirectionsMatchTheGold() {
    FileScore score = new ToneScorer().score(Path.of("src/test/resources/gold", STORY), story,
        Map.of(ToneAnalyzer.ID, result)).orElseThrow();
    assertThat(score.details()).filteredOn(d -> d.startsWith("actor ") && !d.startsWith("actor direction"))
        .isEmpty();
    assertThat(score.details()).anyMatch(d -> d.matches("actor direction (\\d+)/\\1") && !d.endsWith(" 0/0"));
  }
}
