package dev.parallax.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How gold text columns are compared (see gold-format.md): case, accents, punctuation, quote marks and extra spaces
 * are ignored; {@code quote_start}, {@code sentence_start} and {@code evidence_start} compare their first five
 * words, {@code cue} and {@code word_or_phrase} their whole value.
 */
public final class GoldText {
  public static final int START_WORDS = 5;

  private GoldText() {
  }

  /** Lowercase words without accents or punctuation, joined by single spaces. */
  public static String normalise(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The first five normalised words of a text, the key for the {@code *_start} columns. */
  public static String start(String text) {
    return Arrays.stream(normalise(text).split(" ")).limit(START_WORDS).collect(Collectors.joining(" "));
  }

  /** True when {@code text} (a sentence, a quote) begins with the gold {@code start} value, as the format compares. */
  public static boolean startsLike(String text, String goldStart) {
    return start(text).equals(start(goldStart));
  }
}
