package dev.parallax.analysis.facts;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.Language;
import dev.parallax.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words, and digits followed by a scale word or an ordinal suffix, as one value: French "mille
 * cinq cents" and English "fifteen hundred" are 1500 like "1 500" and "1,500"; "2,5 millions" and "2.5 million" are
 * 2500000; "1er" and "1st" are 1 (the day of a date). The words and their kinds are the language's
 * {@code number-words.txt}. A number under a hundred written in one word ("trois jours", "two terms",
 * "twenty-six") stays a word: read as its digits it met every small figure of the story (a date's day, a count) and
 * the development set's false alarms rose (220 to 229 pairs; "twenty-six" alone, 220 to 223); the concepts list
 * still joins "trois" and "three". A plural scale word alone ("des millions", "thousands") is vague and stays a word
 * too.
 */
final class SpelledNumbers {
  private static final Map<String, SpelledNumbers> LOADED = new ConcurrentHashMap<>();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern DIGITS_THEN_LETTERS = Pattern.compile("(\\d{1,4})(\\p{L}+)");

  private enum Kind { UNIT, HUNDRED, SCALE, AND, ORDINAL }

  private record Word(BigDecimal value, Kind kind) {
  }

  /** A number found at a token: its canonical value and the index of the token after it. */
  record Run(String value, int end) {
  }

  private final Map<String, Word> words;

  private SpelledNumbers(Map<String, Word> words) {
    this.words = words;
  }

  static SpelledNumbers of(Language language) {
    return LOADED.computeIfAbsent(language.code(), code -> load(language));
  }

  private static SpelledNumbers load(Language language) {
    Map<String, Word> words = new HashMap<>();
    language.lexicon("number-words").ifPresent(l -> {
      for (Lexicon.Entry entry : l.entries()) {
        words.put(entry.field(0).toLowerCase(Locale.ROOT), new Word(new BigDecimal(entry.field(1)),
            Kind.valueOf(entry.field(2).toUpperCase(Locale.ROOT))));
      }
    });
    return new SpelledNumbers(Map.copyOf(words));
  }

  /** The number that starts at token {@code i}, if one does there. */
  Optional<Run> at(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    Optional<String> digits = Numbers.canonical(first.text());
    if (digits.isPresent()) {
      Word scale = i + 1 < tokens.size() ? words.get(tokens.get(i + 1).lower()) : null;
      if (scale != null && scale.kind() == Kind.SCALE) {
        return Optional.of(new Run(plain(new BigDecimal(digits.get()).multiply(scale.value())), i + 2));
      }
      return Optional.empty();
    }
    Matcher ordinal = DIGITS_THEN_LETTERS.matcher(first.lower());
    if (ordinal.matches()) {
      Word suffix = words.get(ordinal.group(2));
      return suffix != null && suffix.kind() == Kind.ORDINAL
          ? Optional.of(new Run(plain(new BigDecimal(ordinal.group(1))), i + 1)) : Optional.empty();
    }
    return spelled(tokens, i);
  }

  private Optional<Run> spelled(List<Token> tokens, int i) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean unit = false;
    int end = i;
    for (int j = i; j < tokens.size(); j++) {
      List<Word> parts = parts(tokens.get(j).lower());
      if (parts.isEmpty() || parts.get(0).kind() == Kind.ORDINAL) {
        break;
      }
      if (parts.get(0).kind() == Kind.AND) {
        if (j == i || j + 1 >= tokens.size() || parts(tokens.get(j + 1).lower()).isEmpty()) {
          break;
        }
        continue;
      }
      for (Word part : parts) {
        switch (part.kind()) {
          case UNIT -> {
            current = current.add(part.value());
            unit = true;
          }
          case HUNDRED -> current = current.max(BigDecimal.ONE).multiply(part.value());
          case SCALE -> {
            total = total.add(current.max(BigDecimal.ONE).multiply(part.value()));
            current = BigDecimal.ZERO;
          }
          default -> {
          }
        }
      }
      end = j + 1;
    }
    boolean loneUnit = end - i == 1 && unit && total.signum() == 0 && current.compareTo(HUNDRED) < 0;
    if (end == i || loneUnit || !unit && (end - i > 1 || tokens.get(i).lower().endsWith("s"))) {
      return Optional.empty();
    }
    return Optional.of(new Run(plain(total.add(current)), end));
  }

  /** The listed words a token is made of: itself, or its hyphenated parts, longest listed run of parts first. */
  private List<Word> parts(String lowercase) {
    Word whole = words.get(lowercase);
    if (whole != null) {
      return List.of(whole);
    }
    if (lowercase.indexOf('-') < 0) {
      return List.of();
    }
    String[] pieces = lowercase.split("-");
    List<Word> parts = new ArrayList<>();
    int k = 0;
    while (k < pieces.length) {
      int next = -1;
      for (int to = pieces.length; to > k && next < 0; to--) {
        Word word = words.get(String.join("-", java.util.Arrays.copyOfRange(pieces, k, to)));
        if (word != null && word.kind() != Kind.ORDINAL) {
          parts.add(word);
          next = to;
        }
      }
      if (next < 0) {
        return List.of();
      }
      k = next;
    }
    return parts;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
