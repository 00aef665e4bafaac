package dev.parallax.analysis.facts;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.CountryNames;
import dev.parallax.text.Language;
import dev.parallax.text.Lemmatizer;
import dev.parallax.text.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of one language that decide which tokens describe a fact: content words by part of speech, minus the
 * language's stop words. Each becomes a term: the actor it names (actors list), the near-synonym group it belongs
 * to (concepts list, then the generated French-to-English wordnet bridge), or else its lemma (the dictionary reading
 * its part of speech fits, else its light stem) without accents, cut to {@value #PREFIX} letters so that one word
 * family shares a term (terrorisme, terroriste).
 */
final class Vocabulary {
  /** Letters a folded lemma keeps: lemmas need more than stems did (at 6, "communiqué" and "commune" met). */
  static final int PREFIX = 8;
  /** Compiled once: the concepts lists and every accented token of a story pass through these. */
  private static final Pattern ASCII_WORD = Pattern.compile("[a-z]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "VERB", "NUM");
  private static final String ACTOR = "actor:";
  private static final String COUNTRY = "country:";
  private static final Set<String> CALENDAR_KINDS = Set.of("month", "weekday");
  private static final Language ENGLISH = Language.forCode("en");
  private static final Map<String, String> ENGLISH_COUNTRIES = CountryNames.singleWordNames("en");
  private static final Map<Language, Vocabulary> LOADED = new ConcurrentHashMap<>();

  /** An actor's name as one of its aliases spells it, split into lowercase words. */
  record Alias(String actor, List<String> words) {
  }

  private final Language language;
  private final Optional<Lemmatizer> lemmatizer;
  private final SpelledNumbers numberWords;
  private final Set<String> stopwords;
  private final Map<String, String> conceptByTerm;
  /** Month and weekday names, by lowercase word, as a term both languages share ("month:4", "weekday:5"). */
  private final Map<String, String> calendarTerms;
  /** Aliases by their first word, longest first: an alias can only start at a token holding that word. */
  private final Map<String, List<Alias>> aliasesByFirstWord;

  private Vocabulary(Language language, Set<String> stopwords, Map<String, String> conceptByTerm,
                     Map<String, String> calendarTerms, List<Alias> aliases) {
    this.language = language;
    this.lemmatizer = Lemmatizer.forLanguage(language);
    this.numberWords = SpelledNumbers.of(language);
    this.stopwords = stopwords;
    this.conceptByTerm = conceptByTerm;
    this.calendarTerms = calendarTerms;
    Map<String, List<Alias>> byFirstWord = new HashMap<>();
    for (Alias alias : aliases) {
      if (!alias.words().isEmpty()) {
        byFirstWord.computeIfAbsent(alias.words().get(0), w -> new ArrayList<>()).add(alias);
      }
    }
    byFirstWord.replaceAll((word, list) -> List.copyOf(list));
    this.aliasesByFirstWord = Map.copyOf(byFirstWord);
  }

  static Vocabulary of(Language language) {
    return LOADED.computeIfAbsent(language, Vocabulary::load);
  }

  private static Vocabulary load(Language language) {
    Set<String> stopwords = language.lexicon("stopwords")
        .map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase()).collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
    Map<String, String> concepts = new HashMap<>();
    addConcepts(language, "concepts", concepts);
    addConcepts(language, "wordnet-bridge", concepts);
    CountryNames.singleWordNames(language.code()).forEach((name, code) ->
        listWordKeys(language, name).forEach(key -> concepts.put(key, COUNTRY + code)));
    Map<String, String> calendar = new HashMap<>();
    language.lexicon("dates").ifPresent(l -> {
      for (Lexicon.Entry entry : l.entries()) {
        if (CALENDAR_KINDS.contains(entry.field(1))) {
          calendar.put(entry.field(0).toLowerCase(), entry.field(1) + ":" + entry.field(2));
        }
      }
    });
    List<Alias> aliases = new ArrayList<>();
    CountryNames.multiWordNames(language.code()).forEach((name, code) ->
        aliases.add(new Alias(COUNTRY + code, words(name))));
    language.lexicon("actors").ifPresent(l -> {
      for (Lexicon.Entry entry : l.entries()) {
        for (String alias : entry.field(1).split("\\|")) {
          aliases.add(new Alias(entry.field(0), words(alias)));
        }
      }
    });
    aliases.sort(Comparator.comparingInt((Alias a) -> a.words().size()).reversed());
    return new Vocabulary(language, stopwords, Map.copyOf(concepts), Map.copyOf(calendar), List.copyOf(aliases));
  }

  /**
   * Adds the words of a concepts list under their line's term where no list read before has them: the hand-written
   * list is read first, so its lines win over the generated bridge's. (Taking a bridge word as its own lemma, without
   * the dictionary's other readings, was tried: false alarms 220 → 225 on the development set.)
   */
  private static void addConcepts(Language language, String list, Map<String, String> concepts) {
    language.lexicon(list).ifPresent(l -> {
      for (Lexicon.Entry entry : l.entries()) {
        String term = conceptTerm(entry.field(0));
        for (String word : entry.field(1).split("\\|")) {
          listWordKeys(language, word.strip().toLowerCase()).forEach(key -> concepts.putIfAbsent(key, term));
        }
      }
    });
  }

  /**
   * The term of a concept: its name as an English word is reduced, so that a concept of the French list, the same
   * concept of the English list and an English word of the text that names it ("earthquake") are one term.
   */
  static String conceptTerm(String name) {
    String lower = name.toLowerCase();
    String country = ENGLISH_COUNTRIES.get(lower);
    if (country != null) {
      return COUNTRY + country;
    }
    if (!ASCII_WORD.matcher(lower).matches()) {
      return "concept:" + lower;
    }
    return englishKey(lower);
  }

  /**
   * The key an English token of the word in its base form gets: the word itself when the dictionary has it as a
   * lemma ("crisis"), else its stem; the plural-stripping stem alone made "crisis" "crisi", a term no token has.
   */
  private static String englishKey(String lower) {
    boolean lemma = Lemmatizer.forLanguage(ENGLISH).map(l -> l.lemmas(lower).contains(lower)).orElse(false);
    return fold(lemma ? lower : ENGLISH.stem(lower));
  }

  /**
   * The keys a word of a list (concepts, country names) matches, its part of speech unknown: its stem's, then each
   * lemma's the dictionary gives it, so that the word matches a text token whichever reading the token gets.
   */
  static List<String> listWordKeys(Language language, String lowercaseWord) {
    List<String> keys = new ArrayList<>();
    keys.add(fold(language.stem(lowercaseWord)));
    Lemmatizer.forLanguage(language).ifPresent(l -> l.lemmas(lowercaseWord).stream()
        .map(Vocabulary::fold).filter(k -> !keys.contains(k)).forEach(keys::add));
    return keys;
  }

  /** A content token's key: its lemma for the part of speech the tagger gave it, else its stem; folded. */
  String key(Token token) {
    if (lemmatizer.isPresent()) {
      Optional<String> lemma = lemmatizer.get().lemma(token.lower(), token.pos());
      if (lemma.isPresent()) {
        return fold(lemma.get());
      }
    }
    return fold(token.stem());
  }

  /** Lowercase words of an alias or a token, apostrophes as separators, so "l'AES" and the tokens l’ AES agree. */
  static List<String> words(String text) {
    if (isPlainWord(text)) {
      return List.of(text.toLowerCase());
    }
    return Arrays.stream(text.toLowerCase().replace('’', '\'').split("[\\s']+")).filter(w -> !w.isEmpty()).toList();
  }

  /** No space or apostrophe: the usual token, which needs no split (this runs for every token of a story). */
  private static boolean isPlainWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '’' || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The term a content token contributes, or empty for function words and punctuation. */
  Optional<String> term(Token token) {
    if (!token.isWord() || stopwords.contains(token.lower())) {
      return Optional.empty();
    }
    boolean untagged = token.pos().equals("X");
    if (!untagged && !CONTENT_TAGS.contains(token.pos())) {
      return Optional.empty();
    }
    Optional<String> number = Numbers.canonical(token.text());
    if (number.isPresent()) {
      return Optional.of("num:" + number.get());
    }
    String calendar = calendarTerms.get(token.lower());
    if (calendar != null) {
      return Optional.of(calendar);
    }
    String folded = key(token);
    return Optional.of(conceptByTerm.getOrDefault(folded, folded));
  }

  /**
   * The terms of a run of tokens, each paired with its token: every content token's term, plus the actor's name
   * where an alias of the actor starts (longest alias first), so that "Moscou" and "la Russie" share a term.
   */
  List<Map.Entry<Token, String>> terms(List<Token> tokens) {
    List<Map.Entry<Token, String>> terms = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Alias> alias = aliasAt(tokens, i);
      int end = i + 1;
      if (alias.isPresent()) {
        terms.add(Map.entry(tokens.get(i), ACTOR + alias.get().actor()));
        end = i + tokenSpan(tokens, i, alias.get());
      }
      if (alias.isEmpty() && Numbers.isSpacedThousands(tokens, i)) {
        int last = Numbers.spacedEnd(tokens, i);
        String joined = Numbers.join(tokens.subList(i, last));
        Optional<String> number = Numbers.canonical(joined);
        if (number.isPresent()) {
          terms.add(Map.entry(tokens.get(i), "num:" + number.get()));
          i = last;
          continue;
        }
      }
      Optional<SpelledNumbers.Run> spelled = alias.isEmpty() ? numberWords.at(tokens, i) : Optional.empty();
      if (spelled.isPresent()) {
        terms.add(Map.entry(tokens.get(i), "num:" + spelled.get().value()));
        i = spelled.get().end();
        continue;
      }
      for (int j = i; j < end; j++) {
        Token token = tokens.get(j);
        term(token).ifPresent(term -> terms.add(Map.entry(token, term)));
      }
      i = end;
    }
    return terms;
  }

  /** The actor named at token {@code i}, if an alias starts there. */
  Optional<Alias> aliasAt(List<Token> tokens, int i) {
    List<String> first = words(tokens.get(i).text());
    if (first.isEmpty()) {
      return Optional.empty();
    }
    for (Alias alias : aliasesByFirstWord.getOrDefault(first.get(0), List.of())) {
      if (tokenSpan(tokens, i, alias) > 0) {
        return Optional.of(alias);
      }
    }
    return Optional.empty();
  }

  /** How many tokens from {@code i} spell the alias, or 0 when they do not. */
  private static int tokenSpan(List<Token> tokens, int i, Alias alias) {
    int matched = 0;
    int j = i;
    while (matched < alias.words().size() && j < tokens.size()) {
      List<String> tokenWords = words(tokens.get(j).text());
      if (tokenWords.isEmpty()) {
        return 0;
      }
      for (String word : tokenWords) {
        if (matched >= alias.words().size() || !alias.words().get(matched).equals(word)) {
          return 0;
        }
        matched++;
      }
      j++;
    }
    return matched == alias.words().size() ? j - i : 0;
  }

  static String fold(String stem) {
    String plain = plain(stem);
    return PREFIX > 0 && plain.length() > PREFIX ? plain.substring(0, PREFIX) : plain;
  }

  /** A word without its accents. */
  static String plain(String word) {
    if (isAscii(word)) {
      return word;
    }
    return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
  }

  /** ASCII has no accents to drop: most words of an English text, many of a French one, skip the normaliser. */
  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  boolean isStopword(String lowercaseWord) {
    return stopwords.contains(lowercaseWord);
  }

  Language language() {
    return language;
  }
}
