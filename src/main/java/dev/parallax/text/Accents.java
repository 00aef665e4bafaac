package dev.parallax.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words compared without case and accents ("Sénégal" = "senegal"), the way names are matched across outlets. */
public final class Accents {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Accents() {
  }

  /** Lowercase, accents dropped; a word of plain ASCII letters (most English and many French words) skips the normaliser. */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }
}
