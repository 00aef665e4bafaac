package dev.parallax.text;

import dev.parallax.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the world's countries in every language Parallax reads, as the JDK's locale data gives them
 * ("Algeria", "Algérie", "Morocco", "Maroc"), each mapped to its English name; looked up lowercase without accents.
 */
public final class CountryNames {
  private static final Map<String, String> ENGLISH_BY_NAME = load();

  private CountryNames() {
  }

  private static Map<String, String> load() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      String english = normalise(country.getDisplayCountry(Locale.ENGLISH));
      for (String language : Lexicon.languages()) {
        byName.putIfAbsent(normalise(country.getDisplayCountry(Locale.forLanguageTag(language))), english);
      }
    }
    return Map.copyOf(byName);
  }

  /** True when the words are a country's name in one of Parallax's languages. */
  public static boolean isCountry(String words) {
    return ENGLISH_BY_NAME.containsKey(normalise(words));
  }

  /** The country's English name, lowercase without accents ("maroc" → "morocco"), when the words name a country. */
  public static Optional<String> englishName(String words) {
    return Optional.ofNullable(ENGLISH_BY_NAME.get(normalise(words)));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip()
        .replace('’', '\'');
  }
}
