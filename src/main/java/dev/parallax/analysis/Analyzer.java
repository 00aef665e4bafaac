package dev.parallax.analysis;

import dev.parallax.text.ParsedStory;
import java.util.List;

/**
 * One way of comparing the outlets' coverage. An analyzer is a pure function of the parsed story: it reads no
 * files, writes none, and returns its findings as tables whose rows carry their evidence (outlet, sentence id,
 * the words).
 */
public interface Analyzer {

  /** Stable identifier, used in the CLI, in the About sheet and as the prefix of chart files. */
  String id();

  AnalysisResult analyze(ParsedStory story);

  /**
   * The word lists this analyzer needs in an article's language ({@code lexicons/<lang>/<name>.txt}, by name); an
   * article whose language lacks one is analysed all the same, and the run says so (see {@link LanguageSupport}).
   */
  default List<String> lexicons() {
    return List.of();
  }
}
