package dev.parallax.analysis;

import dev.parallax.text.Language;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.util.ArrayList;
import java.util.List;

/**
 * What Parallax has for each article's language: OpenNLP models, and the word lists each analyzer needs. An
 * article in a language without them is still analysed (each article in its own language); the run says what was
 * missing, on stderr and in the About sheet, so that an empty column is not read as "nothing found".
 */
public final class LanguageSupport {

  /** An analyzer that lacks word lists for one article's language. */
  public record Gap(String outlet, Language language, String analyzerId, List<String> missing) {
    public Gap {
      missing = List.copyOf(missing);
    }

    /** One line for stderr. */
    public String notice() {
      return "note: " + outlet + " is in " + describe(language) + ": the " + analyzerId
          + " analyzer has no word list for it (" + String.join(", ", missing) + "), so it finds nothing there";
    }
  }

  private LanguageSupport() {
  }

  /** Every analyzer × article whose language lacks a list the analyzer needs, in article then analyzer order. */
  public static List<Gap> gaps(ParsedStory story, List<Analyzer> analyzers) {
    List<Gap> gaps = new ArrayList<>();
    for (ParsedArticle article : story.articles()) {
      Language language = article.language();
      for (Analyzer analyzer : analyzers) {
        List<String> missing = analyzer.lexicons().stream().filter(list -> language.lexicon(list).isEmpty())
            .toList();
        if (!missing.isEmpty()) {
          gaps.add(new Gap(article.outlet(), language, analyzer.id(), missing));
        }
      }
    }
    return gaps;
  }

  /** The articles whose language has no OpenNLP models, so their sentences are split by rule and carry no POS tags. */
  public static List<ParsedArticle> withoutModels(ParsedStory story) {
    return story.articles().stream().filter(a -> !a.language().hasModels()).toList();
  }

  /**
   * The stderr lines for a story: one per article whose language the detector was unsure of, one per article
   * without models, one per article and analyzer lacking lists.
   */
  public static List<String> notices(ParsedStory story, List<Analyzer> analyzers) {
    List<String> notices = new ArrayList<>();
    for (ParsedArticle article : story.articles()) {
      article.languageNote().ifPresent(note -> notices.add("note: " + article.outlet() + ": " + note));
    }
    for (ParsedArticle article : withoutModels(story)) {
      notices.add("note: " + article.outlet() + " is in " + describe(article.language()) + ": no OpenNLP model, so "
          + "its sentences are split by rule and its words have no part-of-speech tags");
    }
    gaps(story, analyzers).forEach(gap -> notices.add(gap.notice()));
    return notices;
  }

  public static String describe(Language language) {
    return language.name().equals(language.code()) ? language.code() : language.name() + " (" + language.code() + ")";
  }
}
