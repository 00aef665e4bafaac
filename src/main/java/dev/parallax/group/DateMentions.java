package dev.parallax.group;

import dev.parallax.lexicon.Lexicon;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written in an article (day, month and year): "les 4 et 5 avril 2025", "1er mars 2024",
 * "April 4, 2025", "4 April 2025", "2025-04-05". A date without its year is left out rather than guessed. Month
 * names are those of every language's dates list ({@code lexicons/<lang>/dates.txt}, kind {@code month}), so a
 * flat folder mixing languages is read the same way, and a new language's list brings its months along.
 */
final class DateMentions {
  private static final Map<String, Integer> MONTHS = monthNames();
  /** Words joining the days of one date ("4 et 5 avril", "4 to 5 April"): the lists' joiners, and dashes. */
  private static final String JOINER = "(?:" + String.join("|", words("joiner").stream()
      .map(Pattern::quote).toList()) + "|-|–)";
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
  private static final String DAY = "(\\d{1,2})(?:er|st|nd|rd|th)?";
  private static final Pattern DAY_FIRST = Pattern.compile("(?iu)\\b" + DAY + "(?:\\s*" + JOINER + "\\s*"
      + DAY + ")?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile("(?iu)\\b" + DAY + "\\s+" + MONTH
      + "(?!,?\\s+\\d{4})\\b|\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s+\\d{4})");
  /** A news address's date: /2024/03/27/, 2023-09-10, 20230909, or the first eight digits of 202403270360. */
  private static final Pattern ADDRESS_DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d\\d)([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])");

  private DateMentions() {
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> months = new HashMap<>();
    entries("month").forEach(e -> months.putIfAbsent(e.field(0).toLowerCase(Locale.ROOT), Integer.parseInt(e.field(2))));
    return Map.copyOf(months);
  }

  private static List<String> words(String kind) {
    return entries(kind).stream().map(e -> e.field(0).toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** The entries of one kind in every language's dates list. */
  private static List<Lexicon.Entry> entries(String kind) {
    return Lexicon.languages().stream()
        .flatMap(language -> Lexicon.forLanguage(language, "dates").stream())
        .flatMap(dates -> dates.entries().stream())
        .filter(e -> e.field(1).equals(kind))
        .toList();
  }

  static Set<LocalDate> in(String text) {
    Set<LocalDate> dates = new TreeSet<>();
    Matcher dayFirst = DAY_FIRST.matcher(text);
    while (dayFirst.find()) {
      add(dates, dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
      if (dayFirst.group(2) != null) {
        add(dates, dayFirst.group(4), dayFirst.group(3), dayFirst.group(2));
      }
    }
    Matcher monthFirst = MONTH_FIRST.matcher(text);
    while (monthFirst.find()) {
      add(dates, monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      try {
        dates.add(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))));
      } catch (DateTimeException notADate) {
        // "2025-13-45" is a number range or a code, not a date
      }
    }
    return dates;
  }

  /** True when the text writes a day and month without its year ("le 24 mars", "March 24"). */
  static boolean writesDayWithoutYear(String text) {
    return DAY_WITHOUT_YEAR.matcher(text).find();
  }

  /** The publication date a news address carries in its path, if it carries one. */
  static Optional<LocalDate> inAddress(String url) {
    Matcher date = ADDRESS_DATE.matcher(url);
    while (date.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)),
            Integer.parseInt(date.group(4))));
      } catch (DateTimeException notADate) {
        // 20230231 is an identifier, not a date; look further
      }
    }
    return Optional.empty();
  }

  private static void add(Set<LocalDate> dates, String year, String month, String day) {
    try {
      dates.add(LocalDate.of(Integer.parseInt(year), MONTHS.get(month.toLowerCase(Locale.ROOT)),
          Integer.parseInt(day)));
    } catch (DateTimeException notADate) {
      // "31 février 2025" is a typing error in the article; it dates nothing
    }
  }
}
