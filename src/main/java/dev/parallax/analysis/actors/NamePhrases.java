package dev.parallax.analysis.actors;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The proper-noun phrases of a sentence: runs of tokens the tagger reads as proper nouns and that are written with a
 * capital ("Bassirou Diomaye Faye", "European Central Bank"), a regnal number kept with its name ("Mohammed VI");
 * month and weekday names (the language's dates list) and stop words are no names, and a one-letter token
 * ("U" of "U.S.") is none either. Leading words the story also writes in lowercase, and abbreviations, are titles
 * and common nouns, not the name ("President Macky Sall" is "Macky Sall", "Mr Faye" is "Faye"); a phrase left with
 * one such word is none ("Alliance", "Commission" opening a sentence).
 */
final class NamePhrases {
  /**
   * A phrase: its token span in the sentence, and whether a preposition stands just before it ("à Marrakech",
   * "province of Al Haouz", "selon Lagarde").
   */
  record Phrase(int from, int to, String text, boolean afterPreposition) {
  }

  private final Set<String> calendarWords;
  private final Set<String> stopwords;
  private final Set<String> placePrepositions;
  private final Set<String> abbreviations;
  private final Set<String> commonWords;

  /** A language's word lists this class reads, read once per language rather than per article. */
  private record Lists(Set<String> calendarWords, Set<String> stopwords, Set<String> placePrepositions,
                       Set<String> abbreviations) {
    static Lists of(Language language) {
      return new Lists(words(language, "dates", e -> e.field(1).equals("month") || e.field(1).equals("weekday")),
          words(language, "stopwords", e -> true), words(language, "place-prepositions", e -> true),
          words(language, "abbreviations", e -> true).stream().map(a -> a.replace(".", ""))
              .collect(Collectors.toUnmodifiableSet()));
    }
  }

  private static final Map<String, Lists> LISTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param commonWords the story's words written in lowercase, without accents */
  NamePhrases(Language language, Set<String> commonWords) {
    Lists lists = LISTS.computeIfAbsent(language.code(), code -> Lists.of(language));
    this.calendarWords = lists.calendarWords();
    this.stopwords = lists.stopwords();
    this.placePrepositions = lists.placePrepositions();
    this.abbreviations = lists.abbreviations();
    this.commonWords = commonWords;
  }

  private static Set<String> words(Language language, String list, java.util.function.Predicate<Lexicon.Entry> keep) {
    return language.lexicon(list).map(l -> l.entries().stream().filter(keep).map(e -> e.field(0).toLowerCase())
        .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
  }

  List<Phrase> in(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Phrase> phrases = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameWord(tokens.get(i)) && !(i > 0 && isCapitalisedModifier(tokens, i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && (isNameWord(tokens.get(end)) || isRegnalNumber(tokens.get(end))
          || isCapitalisedModifier(tokens, end))) {
        end++;
      }
      boolean afterPreposition = i > 0 && (placePrepositions.contains(tokens.get(i - 1).lower())
          || tokens.get(i - 1).pos().equals("ADP")
          || (inList(tokens, i) && !phrases.isEmpty() && phrases.get(phrases.size() - 1).to() == i - 1
              && phrases.get(phrases.size() - 1).afterPreposition()));
      int from = i;
      while (from < end && isTitle(tokens.get(from))) {
        from++;
      }
      if (from < end) {
        phrases.add(new Phrase(from, end, sentence.slice(tokens.get(from).start(), tokens.get(end - 1).end()),
            afterPreposition));
      }
      i = end;
    }
    return phrases;
  }

  /**
   * A capitalised adjective or noun inside a name, before a proper noun ("Federal Reserve", "European Central Bank"):
   * the tagger reads these words as common ones.
   */
  private boolean isCapitalisedModifier(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    return (token.pos().equals("ADJ") || token.pos().equals("NOUN")) && token.text().length() > 1
        && Character.isUpperCase(token.text().codePointAt(0)) && !stopwords.contains(token.lower())
        && !calendarWords.contains(token.lower()) && i + 1 < tokens.size()
        && (isNameWord(tokens.get(i + 1)) || isCapitalisedModifier(tokens, i + 1));
  }

  /**
   * Whether a name continues a list: only a comma or a conjunction stands between it and the name before ("dans les
   * provinces d'Al Haouz, Marrakech, Ouarzazate, Azilal"), so it shares that name's preposition.
   */
  private static boolean inList(List<Token> tokens, int i) {
    return i > 0 && (tokens.get(i - 1).text().equals(",") || tokens.get(i - 1).pos().equals("CCONJ"));
  }

  private boolean isNameWord(Token token) {
    String text = token.text();
    return token.isProperNoun() && text.length() > 1 && Character.isUpperCase(text.codePointAt(0))
        && !calendarWords.contains(token.lower()) && !stopwords.contains(token.lower())
        && !token.lower().endsWith("'s");
  }

  private boolean isTitle(Token token) {
    String folded = StoryActors.fold(token.text());
    return commonWords.contains(folded) || abbreviations.contains(token.lower().replace(".", ""));
  }

  private static boolean isRegnalNumber(Token token) {
    return token.text().matches("[IVX]{1,4}");
  }
}
