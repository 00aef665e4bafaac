package dev.parallax.text;

import dev.parallax.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the world's countries in every language Parallax reads, as the JDK's locale data gives them
 * ("Algeria", "Algérie", "Morocco", "Maroc"): any language's name mapped to the English one, and each language's
 * names by ISO code.
 */
public final class CountryNames {
  /** Display names by language and word count: the JDK's locale data is read once, not per article. */
  private static final Map<String, Map<String, String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();
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

  /** Country names of one word in the language (Maroc, Royaume-Uni), lowercase with accents, by ISO code. */
  public static Map<String, String> singleWordNames(String language) {
    return names(language, true);
  }

  /** Country names of several words in the language (United Kingdom, Côte d'Ivoire), lowercase, by ISO code. */
  public static Map<String, String> multiWordNames(String language) {
    return names(language, false);
  }

  private static Map<String, String> names(String language, boolean singleWord) {
    return NAMES.computeIfAbsent(language + (singleWord ? "/1" : "/n"), key -> displayNames(language, singleWord));
  }

  private static Map<String, String> displayNames(String language, boolean singleWord) {
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

  private static String normalise(String text) {
    return Accents.fold(text).strip().replace('’', '\'');
  }
}
