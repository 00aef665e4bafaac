package dev.parallax.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import dev.parallax.lexicon.Lexicon;

/**
 * The names of the world's countries in every language Parallax reads, as the JDK's locale data gives them
 * ("Algeria", "Algérie", "Morocco", "Maroc"), normalised to lowercase without accents.
 */
public final class CountryNames {
  private static final Set<String> NAMES = load();

  private CountryNames() {
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      for (String language : Lexicon.languages()) {
        names.add(normalise(country.getDisplayCountry(Locale.forLanguageTag(language))));
      }
    }
    return Set.copyOf(names);
  }

  /** True when the words are a country's name in one of Parallax's languages. */
  public static boolean isCountry(String words) {
    return NAMES.contains(normalise(words));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }
}
