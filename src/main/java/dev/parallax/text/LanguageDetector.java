package dev.parallax.text;

import dev.parallax.lexicon.Lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses an article's language with OpenNLP's language-detection model, loaded on first use and once per JVM (it
 * is 10 MB). The text is read in chunks until one language clearly leads (OpenNLP's probing detection): a news
 * article's first few hundred characters settle it, and reading all of it cost as much as tagging it.
 */
final class LanguageDetector {
  private static final String MODEL = "langdetect-183.bin";
  private static final Map<String, String> ISO3_TO_ISO1 = Stream.of(Locale.getISOLanguages())
      .collect(Collectors.toMap(code -> new Locale(code).getISO3Language(), Function.identity(), (a, b) -> a));

  private static volatile LanguageDetectorModel model;

  /** Enough text to tell a language by; a 5 MB article is judged by its first 100,000 characters. */
  static final int SAMPLE = 100_000;

  /**
   * How much more likely the detector's first guess must be than the best language Parallax has word lists for
   * before the guess is believed. A short text ("Diop à Moscou.") leaves the detector's 183 languages almost level
   * (Portuguese 1.5 %, French 1.4 %), while a real Spanish or Italian text leads by a factor of two or more.
   */
  static final double CLEAR_LEAD = 1.5;

  /** The detected language, and why it is not the detector's first guess when it is not. */
  record Detection(String code, Optional<String> note) {
  }

  /** ISO 639-1 code of the text's most likely language. */
  String detect(String text) {
    return detection(text).code();
  }

  /**
   * The text's language: the detector's first guess, unless that guess is a language without word lists and it is
   * not clearly ahead of one with lists; then the language with lists, with a note saying so.
   */
  Detection detection(String text) {
    int space = text.lastIndexOf(' ', SAMPLE);
    String sample = text.length() <= SAMPLE ? text : text.substring(0, space > 0 ? space : SAMPLE);
    opennlp.tools.langdetect.Language[] ranked = new LanguageDetectorME(model()).probingPredictLanguages(sample)
        .languages();
    String first = iso1(ranked[0]);
    if (Lexicon.languages().contains(first)) {
      return new Detection(first, Optional.empty());
    }
    for (opennlp.tools.langdetect.Language candidate : ranked) {
      if (Lexicon.languages().contains(iso1(candidate))) {
        if (candidate.getConfidence() * CLEAR_LEAD < ranked[0].getConfidence()) {
          break;
        }
        return new Detection(iso1(candidate), Optional.of(String.format(Locale.ROOT,
            "the language detector could not tell (%s %.1f %%, %s %.1f %%): read as %s, the closest language "
                + "Parallax has word lists for; give language: in the front matter to decide",
            name(first), 100 * ranked[0].getConfidence(), name(iso1(candidate)), 100 * candidate.getConfidence(),
            name(iso1(candidate)))));
      }
    }
    return new Detection(first, Optional.empty());
  }

  private static String iso1(opennlp.tools.langdetect.Language language) {
    return ISO3_TO_ISO1.getOrDefault(language.getLang(), language.getLang());
  }

  private static String name(String code) {
    String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  private static LanguageDetectorModel model() {
    if (model == null) {
      synchronized (LanguageDetector.class) {
        if (model == null) {
          try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
          }
        }
      }
    }
    return model;
  }
}
