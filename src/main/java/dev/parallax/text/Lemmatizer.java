package dev.parallax.text;

import dev.parallax.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from LanguageTool's Morfologik POS dictionaries (french-pos-dict, english-pos-dict on Maven Central): a
 * word form's readings, of which the token's part of speech picks one ({@code lexicons/<lang>/lemma-tags.txt}), so
 * that "faciliter" stays a verb and does not become "facile" as a light stemmer makes it. The dictionary is read once
 * per JVM and every (form, tag) answer is cached: a story asks for the same few thousand forms again and again.
 */
public final class Lemmatizer {
  private static final Map<String, Optional<Lemmatizer>> LOADED = new ConcurrentHashMap<>();

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  /** For each UD tag, the dictionary tags its lemma may come from, most fitting first. */
  private final Map<String, List<Pattern>> readingsByTag;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> allLemmas = new ConcurrentHashMap<>();

  private Lemmatizer(Dictionary dictionary, Map<String, List<Pattern>> readingsByTag) {
    this.dictionary = dictionary;
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    this.readingsByTag = readingsByTag;
  }

  /** The lemmatizer of a language that ships a dictionary, loaded on first use. */
  public static Optional<Lemmatizer> forLanguage(Language language) {
    return LOADED.computeIfAbsent(language.code(), code -> load(language));
  }

  private static Optional<Lemmatizer> load(Language language) {
    Optional<String> resource = language.lemmaDictionary();
    Optional<Lexicon> tags = language.lexicon("lemma-tags");
    if (resource.isEmpty() || tags.isEmpty()) {
      return Optional.empty();
    }
    URL url = Lemmatizer.class.getClassLoader().getResource(resource.get());
    if (url == null) {
      throw new IllegalStateException("POS dictionary " + resource.get() + " is not on the classpath");
    }
    Map<String, List<Pattern>> readings = new LinkedHashMap<>();
    for (Lexicon.Entry entry : tags.get().entries()) {
      readings.computeIfAbsent(entry.field(0), t -> new ArrayList<>()).add(Pattern.compile(entry.field(1)));
    }
    readings.replaceAll((tag, patterns) -> List.copyOf(patterns));
    try {
      return Optional.of(new Lemmatizer(Dictionary.read(url), Map.copyOf(readings)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read POS dictionary " + resource.get(), e);
    }
  }

  /**
   * The lemma of a lowercase word form read as the UD part of speech, lowercase; empty when the dictionary does not
   * know the form or no reading fits the tag.
   */
  public Optional<String> lemma(String lowercaseWord, String udTag) {
    List<Pattern> wanted = readingsByTag.get(udTag);
    if (wanted == null) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(udTag + '\t' + lowercaseWord, key -> pick(readings(lowercaseWord), wanted));
  }

  /** Every lemma any content reading gives the form (for list words, whose part of speech is not known). */
  public Set<String> lemmas(String lowercaseWord) {
    return allLemmas.computeIfAbsent(lowercaseWord, word -> {
      Set<String> lemmas = new LinkedHashSet<>();
      List<Pattern> content = readingsByTag.getOrDefault("X", List.of());
      for (String[] reading : readings(word)) {
        if (content.stream().anyMatch(p -> p.matcher(reading[1]).matches())) {
          lemmas.add(reading[0]);
        }
      }
      return Set.copyOf(lemmas);
    });
  }

  private static Optional<String> pick(List<String[]> readings, List<Pattern> wanted) {
    for (Pattern tag : wanted) {
      for (String[] reading : readings) {
        if (tag.matcher(reading[1]).matches()) {
          return Optional.of(reading[0]);
        }
      }
    }
    return Optional.empty();
  }

  /** Lemma and tag of each reading; WordData is reused by the lookup, so its values are copied at once. */
  private List<String[]> readings(String word) {
    List<String[]> readings = new ArrayList<>();
    for (WordData data : lookups.get().lookup(word)) {
      CharSequence stem = data.getStem();
      CharSequence tag = data.getTag();
      if (stem != null && tag != null) {
        readings.add(new String[] {stem.toString().toLowerCase(java.util.Locale.ROOT), tag.toString()});
      }
    }
    return readings;
  }
}
