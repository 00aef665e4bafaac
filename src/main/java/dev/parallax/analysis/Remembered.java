package dev.parallax.analysis;

import dev.parallax.text.ParsedStory;

/**
 * An analyzer whose last result is kept, so that an analyzer built on another (facts reads attribution and
 * hedging) does not run it a second time on the same story. Stories are compared by identity, not by value.
 */
final class Remembered implements Analyzer {
  private final Analyzer analyzer;
  private ParsedStory lastStory;
  private AnalysisResult lastResult;

  Remembered(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public String id() {
    return analyzer.id();
  }

  @Override
  public java.util.List<String> lexicons() {
    return analyzer.lexicons();
  }

  @Override
  public synchronized AnalysisResult analyze(ParsedStory story) {
    if (story != lastStory) {
      lastResult = analyzer.analyze(story);
      lastStory = story;
    }
    return lastResult;
  }
}
