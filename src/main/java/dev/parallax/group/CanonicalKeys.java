package dev.parallax.group;

import dev.parallax.lexicon.Lexicon;
import dev.parallax.text.CountryNames;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling for what two languages write differently, so that a French and an English report of one event share
 * their names and numbers: accents dropped ("Sénégal"/"Senegal"), a country under its English name as the JDK's
 * locale data gives it in every language Parallax reads ("Maroc"/"Morocco"), numbers read with the language's
 * decimal and thousands marks ("54,28"/"54.28", "1.037"/"1,037"), and a word's first letters as a rough cognate
 * ("présidentielle"/"presidential", "provisoires"/"provisional").
 */
final class CanonicalKeys {
  /** Month and weekday names are capitalised in English, but they name no actor or place. */
  private static final Set<String> CALENDAR_WORDS = calendarWords();
  private static final int COGNATE_LENGTH = 5;

  private CanonicalKeys() {
  }

  private static Set<String> calendarWords() {
    return Lexicon.languages().stream()
        .flatMap(language -> Lexicon.forLanguage(language, "dates").stream())
        .flatMap(dates -> dates.entries().stream())
        .filter(e -> e.field(1).equals("month") || e.field(1).equals("weekday"))
        .map(e -> plain(e.field(0)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The key of a proper noun, or empty when the word names a month or a weekday. */
  static Optional<String> name(String word) {
    String plain = plain(word);
    if (plain.length() < 2 || CALENDAR_WORDS.contains(plain)) {
      return Optional.empty();
    }
    return Optional.of(CountryNames.englishName(plain).orElse(plain));
  }

  /**
   * The number written, as a plain decimal ("54.28", "1037"), read with the marks of the article's language: in
   * French a comma is the decimal mark and a dot or a space groups thousands; in English the reverse.
   */
  static Optional<String> number(String written, String language) {
    String text = written.replaceAll("[\\s\\u00A0\\u202F]", "");
    char decimal = language.equals("fr") ? ',' : '.';
    char grouping = decimal == ',' ? '.' : ',';
    if (text.indexOf(grouping) >= 0 && !text.matches("\\d{1,3}(\\" + grouping + "\\d{3})+(\\" + decimal + "\\d+)?")) {
      return Optional.empty();
    }
    String plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
    try {
      return Optional.of(new BigDecimal(plain).stripTrailingZeros().toPlainString());
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /**
   * A number one event gives (a result, a toll, a rate) rather than a count any story may hold: a decimal, or a
   * number of three digits or more that is not round ("1037", not "1000", which stands for "more than a thousand").
   */
  static boolean isSpecific(String number) {
    return number.contains(".") || number.length() >= 3 && !number.endsWith("00");
  }

  /** The first letters of a word without accents, which French and English cognates often share. */
  static Optional<String> cognate(String word) {
    String plain = plain(word);
    return plain.length() < COGNATE_LENGTH || !plain.chars().allMatch(Character::isLetter) ? Optional.empty()
        : Optional.of(plain.substring(0, COGNATE_LENGTH));
  }

  static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip()
        .replace('’', '\'');
  }
}
