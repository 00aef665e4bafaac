package dev.parallax.analysis.actors;

import dev.parallax.text.Accents;
import dev.parallax.text.CountryNames;
import dev.parallax.text.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country a demonym names ("marocain", "Moroccan" → Morocco): a country's one-word name in the language, less
 * its final vowels, followed by one of the language's demonym endings (demonym-suffixes.txt). Irregular demonyms
 * (allemand for Allemagne) are not found.
 */
final class Demonyms {
  private static final int SHORTEST_ROOT = 3;
  private static final Map<String, Demonyms> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> countryByRoot = new HashMap<>();
  private final List<String> suffixes;

  /** The demonyms of a language, read once: every article of every story asks for them. */
  static Demonyms of(Language language) {
    return BY_LANGUAGE.computeIfAbsent(language.code(), code -> new Demonyms(language));
  }

  private Demonyms(Language language) {
    CountryNames.singleWordNames(language.code()).forEach((name, code) -> {
      String root = fold(name).replaceAll("[aeiouy]+$", "");
      if (root.length() >= SHORTEST_ROOT) {
        countryByRoot.putIfAbsent(root, name);
      }
    });
    this.suffixes = language.lexicon("demonym-suffixes")
        .map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase(Locale.ROOT)).toList()).orElse(List.of());
  }

  /** The country's name in the language ("maroc"), when the word is one of its demonyms. */
  Optional<String> country(String word) {
    String folded = fold(word);
    for (String suffix : suffixes) {
      if (folded.length() > suffix.length() && folded.endsWith(suffix)) {
        String country = countryByRoot.get(folded.substring(0, folded.length() - suffix.length()));
        if (country != null) {
          return Optional.of(country);
        }
      }
    }
    return Optional.empty();
  }

  private static String fold(String word) {
    return Accents.fold(word);
  }
}
