package dev.parallax.analysis.findings;

import dev.parallax.text.Language;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How many content words (nouns, names, verbs, adjectives, numbers: by their stems) two sentences of one language
 * share: a check, independent of the facts alignment, that two outlets' sentences say the same thing before a finding
 * sets one against the other.
 */
final class Overlap {
  /** Fewer shared content words than this and two sentences are not said to report one fact. */
  static final int MIN_SHARED = 3;
  private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");
  private static final Set<String> PREDICATE = Set.of("NOUN", "VERB", "ADJ");
  /** A figure that identifies a fact (35,79; 1,037; 2 012), unlike a day of the month or a small count. */
  private static final Pattern SPECIFIC_NUMBER = Pattern.compile("\\d+[.,]\\d+|\\d{3,}");
  private static final Set<String> CALENDAR_KINDS = Set.of("month", "weekday");
  private static final Map<String, Set<String>> CALENDAR = new ConcurrentHashMap<>();

  private Overlap() {
  }

  /**
   * At least {@link #MIN_SHARED} content words in common, one of them a word that says what happened (a common noun,
   * verb or adjective that is no month or weekday) or a figure with decimals or three digits: two sentences that share only a person's name and a date ("Ba a
   * félicité … Faye" and "les populations … fêter sa victoire de … Faye" on 24 mars) report two facts.
   */
  static boolean sameFact(Sentence a, Sentence b, Language language) {
    Set<String> shared = stems(a);
    shared.retainAll(stems(b));
    if (shared.size() < MIN_SHARED) {
      return false;
    }
    Set<String> calendar = calendarWords(language);
    Set<String> predicates = predicateStems(a, calendar);
    predicates.retainAll(predicateStems(b, calendar));
    return !predicates.isEmpty();
  }

  private static Set<String> predicateStems(Sentence sentence, Set<String> calendar) {
    Set<String> stems = new HashSet<>();
    for (Token token : sentence.tokens()) {
      boolean says = PREDICATE.contains(token.pos()) && !calendar.contains(token.lower())
          || token.pos().equals("NUM") && SPECIFIC_NUMBER.matcher(token.text()).matches();
      if (token.isWord() && says) {
        stems.add(token.stem());
      }
    }
    return stems;
  }

  private static Set<String> calendarWords(Language language) {
    return CALENDAR.computeIfAbsent(language.code(), code -> language.lexicon("dates").map(l -> l.entries().stream()
        .filter(e -> CALENDAR_KINDS.contains(e.field(1))).map(e -> e.field(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet())).orElse(Set.of()));
  }

  private static Set<String> stems(Sentence sentence) {
    Set<String> stems = new HashSet<>();
    for (Token token : sentence.tokens()) {
      if (token.isWord() && CONTENT.contains(token.pos())) {
        stems.add(token.stem());
      }
    }
    return stems;
  }
}
