package dev.parallax.analysis.hedging;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds the hedging cues of a sentence: the listed words and phrases of hedges.txt (longest first, so that
 * "peut-être" is not read as "peut"), and verbs in the conditional mood, recognised from their morphology: a token
 * tagged VERB or AUX that ends with a conditional ending (conditional-endings.txt) and is not a listed look-alike
 * (not-conditional.txt). The future ("fera") and "il faut" match neither and are not hedges.
 */
final class HedgeFinder {

  /** A listed cue; {@code beforeNumber}: it counts only when a number follows ("about 30", not "talks about"). */
  private record Cue(List<String> tokens, String category, boolean beforeNumber) {
  }

  /** Universal Dependencies tags that open a noun phrase: "le", "Al Jazeera", "lui", "official", "two". */
  private static final Set<String> NOUN_PHRASE_START = Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM");

  /** Written after a cue in hedges.txt: the cue counts only before a number. */
  static final String BEFORE_NUMBER = "<number>";

  /** One finder per language for the run: it only reads its lists after they are indexed. */
  private static final Map<String, Optional<HedgeFinder>> LOADED = new ConcurrentHashMap<>();

  private final Map<String, List<Cue>> cuesByFirstToken = new HashMap<>();
  private final Set<String> categories = new LinkedHashSet<>();
  private final List<String> conditionalEndings;
  private final Set<String> notConditional;
  private final HedgeConstructions constructions;

  private HedgeFinder(Language language, Lexicon hedges, Lexicon endings, Lexicon exceptions) {
    for (Lexicon.Entry entry : hedges.entries()) {
      String phrase = entry.field(0);
      boolean beforeNumber = phrase.endsWith(" " + BEFORE_NUMBER);
      List<String> tokens = language.phraseTokens(beforeNumber
          ? phrase.substring(0, phrase.length() - BEFORE_NUMBER.length()).strip() : phrase);
      cuesByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
          .add(new Cue(tokens, entry.field(1), beforeNumber));
      categories.add(entry.field(1));
    }
    cuesByFirstToken.values().forEach(list -> list.sort(Comparator.comparingInt((Cue c) -> c.tokens().size())
        .reversed()));
    categories.add(Hedge.CONDITIONAL);
    conditionalEndings = endings.entries().stream().map(e -> e.field(0)).toList();
    notConditional = exceptions.entries().stream().map(e -> e.field(0)).collect(Collectors.toSet());
    constructions = HedgeConstructions.forLanguage(language);
  }

  /** The finder for a language, or empty when the language has no hedge lists (hedging is then skipped). */
  static Optional<HedgeFinder> forLanguage(Language language) {
    return LOADED.computeIfAbsent(language.code(), code -> load(language));
  }

  private static Optional<HedgeFinder> load(Language language) {
    Optional<Lexicon> hedges = language.lexicon("hedges");
    Optional<Lexicon> endings = language.lexicon("conditional-endings");
    Optional<Lexicon> exceptions = language.lexicon("not-conditional");
    if (hedges.isEmpty() || endings.isEmpty() || exceptions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HedgeFinder(language, hedges.get(), endings.get(), exceptions.get()));
  }

  /** Every category a cue can have, in the order the list gives them, conditional mood included. */
  List<String> categories() {
    return List.copyOf(categories);
  }

  List<Hedge> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Hedge> hedges = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Cue> cue = cueAt(tokens, i);
      if (cue.isPresent()) {
        int last = i + cue.get().tokens().size() - 1;
        if (!constructions.excludes(tokens, i)) {
          hedges.add(new Hedge(sentence.slice(tokens.get(i).start(), tokens.get(last).end()), cue.get().category(),
              tokens.get(i).quoted(), namesSource(cue.get(), tokens, last + 1)));
        }
        i = last;
      } else if (conditional(tokens.get(i))) {
        hedges.add(new Hedge(tokens.get(i).text(), Hedge.CONDITIONAL, tokens.get(i).quoted(), false));
      }
    }
    return hedges;
  }

  private Optional<Cue> cueAt(List<Token> tokens, int i) {
    for (Cue cue : cuesByFirstToken.getOrDefault(tokens.get(i).lower(), List.of())) {
      int end = i + cue.tokens().size();
      if (end <= tokens.size() && matches(tokens, i, cue.tokens())
          && (!cue.beforeNumber() || end < tokens.size() && isNumber(tokens.get(end)))) {
        return Optional.of(cue);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<Token> tokens, int i, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(i + k).lower().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An evidential that introduces its source ("selon le ministère", "according to Al Jazeera"): a noun phrase
   * follows it. Such a cue attributes; "reportedly" or "is said to", followed by a verb, name no source.
   */
  private static boolean namesSource(Cue cue, List<Token> tokens, int next) {
    return cue.category().equals(Hedge.EVIDENTIAL) && next < tokens.size()
        && NOUN_PHRASE_START.contains(tokens.get(next).pos());
  }

  /** A numeral: tagged as one ("trente", "thirty"), or written with digits. */
  static boolean isNumber(Token token) {
    return token.pos().equals("NUM") || token.text().chars().anyMatch(Character::isDigit);
  }

  /** A verb in the conditional mood: its POS, its ending, and not a listed imperfect or noun that looks the same. */
  private boolean conditional(Token token) {
    return token.isVerb() && !notConditional.contains(token.lower())
        && conditionalEndings.stream().anyMatch(ending -> token.lower().endsWith(ending)
            && token.lower().length() > ending.length());
  }
}
