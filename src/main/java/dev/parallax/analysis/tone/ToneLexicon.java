package dev.parallax.analysis.tone;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tone lists of one language (polarity, loaded, intensifiers, negators), ready for matching against tokens.
 * A language without the lists gets an empty lexicon and finds no tone words.
 */
record ToneLexicon(List<ToneEntry> entries, List<Intensifier> intensifiers, Set<String> negators, Index index) {

  /** A loaded word absent from polarity.txt has no strength of its own; it counts as a clear (2) evaluation. */
  static final double LOADED_STRENGTH = 2;
  /** A verb form may carry a conjugation ending the light stemmer keeps ("fustigent" for "fustiger"). */
  private static final int MIN_VERB_STEM = 5;
  private static final int MAX_VERB_ENDING = 4;

  /** A degree word or phrase and the factor it applies to the evaluative word it modifies. */
  record Intensifier(List<String> words, double factor) {
  }

  /**
   * Lookups derived from the lists, so that matching a token tries only the entries that can match it: scanning
   * every entry for every token cost as much as POS tagging.
   *
   * @param byFirstStem positions in {@code entries} by the entry's first stem, ascending
   */
  record Index(Map<String, List<Integer>> byFirstStem, Set<String> intensifierFirstWords,
               Set<String> intensifierLastWords) {
  }

  ToneLexicon {
    entries = entries.stream().sorted(Comparator.comparingInt((ToneEntry e) -> -e.stems().size())).toList();
    intensifiers = intensifiers.stream()
        .sorted(Comparator.comparingInt((Intensifier i) -> -i.words().size())).toList();
    negators = Set.copyOf(negators);
    index = new Index(byFirstStem(entries),
        intensifiers.stream().map(i -> i.words().get(0)).collect(Collectors.toUnmodifiableSet()),
        intensifiers.stream().map(i -> i.words().get(i.words().size() - 1)).collect(Collectors.toUnmodifiableSet()));
  }

  ToneLexicon(List<ToneEntry> entries, List<Intensifier> intensifiers, Set<String> negators) {
    this(entries, intensifiers, negators, null);
  }

  static ToneLexicon of(Language language) {
    Map<String, ToneEntry> byLemma = new LinkedHashMap<>();
    language.lexicon("polarity").ifPresent(l -> l.entries().forEach(e -> byLemma.put(e.field(0),
        new ToneEntry(e.field(0), stems(language, e.field(0)), sign(e.field(1)), Double.parseDouble(e.field(2)),
            true, false))));
    language.lexicon("loaded").ifPresent(l -> l.entries().forEach(e -> byLemma.merge(e.field(0),
        new ToneEntry(e.field(0), stems(language, e.field(0)), sign(e.field(1)), LOADED_STRENGTH, false, true),
        (old, added) -> old.withLoaded())));
    List<Intensifier> intensifiers = language.lexicon("intensifiers").map(Lexicon::entries).orElse(List.of())
        .stream().map(e -> new Intensifier(words(e.field(0)), Double.parseDouble(e.field(1)))).toList();
    Set<String> negators = language.lexicon("negators").map(Lexicon::entries).orElse(List.of())
        .stream().map(e -> LanguageLayer.normalise(e.field(0))).collect(Collectors.toSet());
    return new ToneLexicon(new ArrayList<>(byLemma.values()), intensifiers, negators);
  }

  /** The longest entry whose words match the tokens from {@code at}, if any; the candidates in list order. */
  Optional<ToneEntry> match(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    String stem = token.stem();
    int best = bestMatch(index.byFirstStem().get(stem), tokens, at, Integer.MAX_VALUE);
    if (token.isVerb()) {
      for (int length = Math.max(MIN_VERB_STEM, stem.length() - MAX_VERB_ENDING); length < stem.length(); length++) {
        best = bestMatch(index.byFirstStem().get(stem.substring(0, length)), tokens, at, best);
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(entries.get(best));
  }

  private int bestMatch(List<Integer> candidates, List<Token> tokens, int at, int best) {
    if (candidates != null) {
      for (int candidate : candidates) {
        if (candidate < best && matches(entries.get(candidate), tokens, at)) {
          return candidate;
        }
      }
    }
    return best;
  }

  private static Map<String, List<Integer>> byFirstStem(List<ToneEntry> entries) {
    Map<String, List<Integer>> index = new java.util.HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      index.computeIfAbsent(entries.get(i).stems().get(0), s -> new ArrayList<>()).add(i);
    }
    index.replaceAll((stem, positions) -> List.copyOf(positions));
    return Map.copyOf(index);
  }

  /** The longest intensifier whose words end just before {@code end} (exclusive), if any. */
  Optional<Intensifier> intensifierEndingAt(List<Token> tokens, int end) {
    if (end < 1 || end > tokens.size() || !index.intensifierLastWords().contains(tokens.get(end - 1).lower())) {
      return Optional.empty();
    }
    return intensifiers.stream().filter(i -> wordsAt(i.words(), tokens, end - i.words().size())).findFirst();
  }

  /** The longest intensifier whose words start at {@code start}, if any. */
  Optional<Intensifier> intensifierAt(List<Token> tokens, int start) {
    if (start < 0 || start >= tokens.size() || !index.intensifierFirstWords().contains(tokens.get(start).lower())) {
      return Optional.empty();
    }
    return intensifiers.stream().filter(i -> wordsAt(i.words(), tokens, start)).findFirst();
  }

  boolean isNegator(Token token) {
    return negators.contains(token.lower());
  }

  private static boolean matches(ToneEntry entry, List<Token> tokens, int at) {
    if (at + entry.stems().size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < entry.stems().size(); i++) {
      if (!stemMatches(entry.stems().get(i), tokens.get(at + i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean stemMatches(String stem, Token token) {
    if (token.stem().equals(stem)) {
      return true;
    }
    return token.isVerb() && stem.length() >= MIN_VERB_STEM && token.stem().startsWith(stem)
        && token.stem().length() - stem.length() <= MAX_VERB_ENDING;
  }

  private static boolean wordsAt(List<String> words, List<Token> tokens, int start) {
    if (start < 0 || start + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!tokens.get(start + i).lower().equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> stems(Language language, String lemma) {
    return words(lemma).stream().map(language::stem).toList();
  }

  private static List<String> words(String phrase) {
    return Arrays.stream(LanguageLayer.normalise(phrase).split("\\s+")).toList();
  }

  private static int sign(String polarity) {
    return switch (polarity) {
      case "pos" -> 1;
      case "neg" -> -1;
      default -> throw new IllegalArgumentException("polarity must be pos or neg, found '" + polarity + "'");
    };
  }
}
