package dev.parallax.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

  /** Country names of one word in the language (Maroc, Royaume-Uni), lowercase with accents, by ISO code. */
  public static Map<String, String> singleWordNames(String language) {
    return names(language, true);
  }

  /** Country names of several words in the language (United Kingdom, Côte d'Ivoire), lowercase, by ISO code. */
  public static Map<String, String> multiWordNames(String language) {
    return names(language, false);
  }

  private static Map<String, String> names(String language, boolean singleWord) {
    Map<String, String> byName = new HashMap<>();
    Locale locale = Locale.forLanguageTag(language);
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(locale).toLowerCase(locale).strip();
      boolean oneWord = !name.contains(" ") && !name.contains("'") && !name.contains("’");
      if (!name.isEmpty() && oneWord == singleWord && !name.equalsIgnoreCase(code)) {
        byName.putIfAbsent(name, code);
      }
    }
    return Map.copyOf(byName);
  }

  /** True when the words are a country's name in one of Parallax's languages. */
  public static boolean isCountry(String words) {
    return NAMES.contains(normalise(words));
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }
}
