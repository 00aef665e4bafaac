package dev.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
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

  /** ISO 639-1 code of the text's most likely language. */
  String detect(String text) {
    int space = text.lastIndexOf(' ', SAMPLE);
    String sample = text.length() <= SAMPLE ? text : text.substring(0, space > 0 ? space : SAMPLE);
    String iso3 = new LanguageDetectorME(model()).probingPredictLanguages(sample).languages()[0].getLang();
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
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
