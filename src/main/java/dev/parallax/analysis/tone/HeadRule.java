package dev.parallax.analysis.tone;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an evaluative adjective or adverb qualifies, read from the POS tags around it, so that tone towards an actor
 * counts only words that qualify the actor:
 * <ul>
 *   <li>an adjective qualifies the noun it stands next to, across other adjectives, adverbs and conjunctions
 *       ("équipements militaires majeurs et performants", "an otherwise healthy economy"). That noun reaches an
 *       actor when it is the actor's name, when its complement names one ("la collusion coupable de l'Ukraine",
 *       "les efforts importants de la Confédération AES"; a place preposition is no complement: "ce terrible
 *       séisme au Maroc" says nothing of Morocco), or when a possessive determiner points back to the actor named
 *       before ("félicité la Russie pour sa précieuse contribution"); any other noun is no actor ("la présidence
 *       tournante", "a healthy economy");</li>
 *   <li>an adjective glued by a hyphen to a number is a size, not an evaluation ("a 3,000-strong contingent");</li>
 *   <li>an adjective with no noun beside it, after a verb ("X est efficace"), qualifies the verb's subject, the
 *       nearest actor before it in the clause;</li>
 *   <li>an adverb beside a verb qualifies the action, so its actor is the verb's subject, never the verb's object
 *       ("combattre efficacement le trafic" is not praise of trafficking; "la volonté de Moscou de contribuer
 *       activement" is of Moscow).</li>
 * </ul>
 * A tone noun is a thing of its own ("les multiples menaces", "le violent séisme", "cette tragédie"): it qualifies an
 * actor only through its phrase the same way. Verbs and phrases of several words are left to {@link TargetRule}.
 */
final class HeadRule {
  /** How many adjectives, adverbs and conjunctions may stand between an adjective and its noun. */
  private static final int NOUN_REACH = 3;
  private final Set<String> possessives;
  private final Set<String> placePrepositions;

  HeadRule(Set<String> possessives, Set<String> placePrepositions) {
    this.possessives = Set.copyOf(possessives);
    this.placePrepositions = Set.copyOf(placePrepositions);
  }

  static HeadRule of(Language language) {
    return new HeadRule(words(language, "possessives"), words(language, "place-prepositions"));
  }

  private static Set<String> words(Language language, String list) {
    return language.lexicon(list).map(l -> l.entries().stream().map(e -> e.field(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
  }

  /**
   * The actor the word qualifies through its head, "" when its head is no actor; empty when the rule has nothing to
   * say (a noun or a verb, or an adjective with neither noun nor verb beside it).
   */
  Optional<String> target(ToneWord word, List<ActorMention> mentions) {
    List<Token> tokens = word.sentence().tokens();
    if (word.to() - word.from() != 1) {
      return Optional.empty();
    }
    int at = word.from();
    String pos = tokens.get(at).pos();
    if (pos.equals("ADJ") || pos.equals("VERB") && superlative(tokens, at)) {
      return adjective(tokens, at, mentions);
    }
    if (pos.equals("NOUN")) {
      return Optional.of(nounPhrase(tokens, at, at, mentions));
    }
    if (pos.equals("ADV")) {
      return adverb(tokens, at, mentions);
    }
    return Optional.empty();
  }

  /**
   * A word after the article and degree adverb of a superlative ("le plus meurtrier", "the most violent") is an
   * adjective, whatever tag the tagger gave it (it tags "meurtrier" there as a verb).
   */
  private static boolean superlative(List<Token> tokens, int at) {
    return at >= 2 && tokens.get(at - 1).pos().equals("ADV") && tokens.get(at - 2).pos().equals("DET");
  }

  private Optional<String> adjective(List<Token> tokens, int at, List<ActorMention> mentions) {
    if (isMeasure(tokens, at)) {
      return Optional.of("");
    }
    int left = noun(tokens, at, -1);
    int noun = left >= 0 ? left : noun(tokens, at, +1);
    if (noun < 0) {
      int verb = verbBefore(tokens, at);
      return verb < 0 ? Optional.empty() : Optional.of(subject(tokens, verb, mentions));
    }
    return Optional.of(nounPhrase(tokens, noun, at, mentions));
  }

  /**
   * The actor a noun phrase reaches: an actor inside it ("peuple marocain", "la menace terroriste"), its complement
   * ("la détermination de la Russie", "victory for Faye"), an English possessive before it ("Russia's invasion"),
   * or the actor a possessive determiner points back to ("sa victoire"); else none.
   *
   * @param noun the phrase's noun
   * @param word the tone word, the noun or one of its adjectives
   */
  private String nounPhrase(List<Token> tokens, int noun, int word, List<ActorMention> mentions) {
    int at = word;
    int phraseEnd = Math.max(noun, at) + 1;
    while (phraseEnd < tokens.size() && isModifier(tokens.get(phraseEnd))) {
      phraseEnd++;
    }
    int phraseStart = Math.min(noun, at) - 1;
    while (phraseStart >= 0 && isModifier(tokens.get(phraseStart))) {
      phraseStart--;
    }
    // the noun is the actor, or the actor stands in its phrase ("au peuple marocain ami et frère")
    int from = phraseStart + 1;
    int to = phraseEnd;
    Optional<ActorMention> named = mentions.stream().filter(m -> m.from() >= from && m.to() <= to)
        .min(Comparator.comparingInt(m -> Math.abs(m.from() - noun)));
    if (named.isPresent()) {
      return named.get().actor();
    }
    // the owner before the complement: "Russia's invasion of Ukraine" is Russia's
    int owner = phraseStart;
    if (owner >= 0 && tokens.get(owner).lower().matches(".*['’]s")) {
      Optional<String> possessor = mentions.stream().filter(m -> m.to() == owner + 1).findFirst()
          .map(ActorMention::actor);
      if (possessor.isPresent()) {
        return possessor.get();
      }
    }
    Optional<String> complement = complement(tokens, phraseEnd, mentions);
    if (complement.isPresent()) {
      return complement.get();
    }
    if (phraseStart >= 0 && possessives.contains(tokens.get(phraseStart).lower())) {
      return subject(tokens, phraseStart, mentions);
    }
    return "";
  }

  /** "3,000-strong": the adjective follows a hyphen after a number, or is written with one in a single token. */
  private static boolean isMeasure(List<Token> tokens, int at) {
    String text = tokens.get(at).text();
    if (text.matches(".*\\d.*-.*")) {
      return true;
    }
    return at >= 2 && tokens.get(at - 1).text().equals("-") && tokens.get(at - 2).pos().equals("NUM");
  }

  /** The noun an adjective stands next to on one side, across modifiers, or -1. */
  private static int noun(List<Token> tokens, int at, int step) {
    for (int i = at + step, seen = 0; i >= 0 && i < tokens.size() && seen <= NOUN_REACH; i += step, seen++) {
      Token token = tokens.get(i);
      if (token.pos().equals("NOUN") || token.pos().equals("PROPN")) {
        return i;
      }
      if (!isModifier(token)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isModifier(Token token) {
    return token.pos().equals("ADJ") || token.pos().equals("ADV") || token.pos().equals("CCONJ");
  }

  /** "de la Confédération AES", "of the ECB": a preposition, a determiner at most, then an actor. */
  private Optional<String> complement(List<Token> tokens, int at, List<ActorMention> mentions) {
    if (at >= tokens.size() || !tokens.get(at).pos().startsWith("ADP")
        || placePrepositions.contains(tokens.get(at).lower())) {
      return Optional.empty();
    }
    int next = at + 1;
    if (next < tokens.size() && tokens.get(next).pos().equals("DET")) {
      next++;
    }
    int start = next;
    return mentions.stream().filter(m -> m.from() == start || m.from() == at + 1).findFirst()
        .map(ActorMention::actor);
  }

  private static Optional<String> adverb(List<Token> tokens, int at, List<ActorMention> mentions) {
    int verb = -1;
    if (at + 1 < tokens.size() && tokens.get(at + 1).isVerb()) {
      verb = at + 1;
    }
    if (at > 0 && tokens.get(at - 1).isVerb()) {
      verb = at - 1;
    }
    return verb < 0 ? Optional.empty() : Optional.of(subject(tokens, Math.min(verb, at), mentions));
  }

  /**
   * The verb an adjective follows as its attribute ("est efficace", "devient essentielle"), across adverbs and the
   * article of a superlative ("est le plus meurtrier", "is the most violent": the quake's, not the place's after it).
   */
  private static int verbBefore(List<Token> tokens, int at) {
    int from = superlative(tokens, at) ? at - 2 : at;
    for (int i = from - 1; i >= 0 && at - i <= NOUN_REACH; i--) {
      Token token = tokens.get(i);
      if (token.isVerb() || token.pos().equals("AUX")) {
        return i;
      }
      if (!token.pos().equals("ADV")) {
        return -1;
      }
    }
    return -1;
  }

  /** The nearest actor that ends before the given token in its clause, or "". */
  private static String subject(List<Token> tokens, int before, List<ActorMention> mentions) {
    int[] clause = Clauses.of(tokens);
    return mentions.stream().filter(m -> m.to() <= before && clause[m.from()] == clause[before])
        .max(Comparator.comparingInt(ActorMention::to)).map(ActorMention::actor).orElse("");
  }
}
