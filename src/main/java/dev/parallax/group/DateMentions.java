package dev.parallax.group;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates written in an article (day, month and year): "les 4 et 5 avril 2025", "1er mars 2024",
 * "April 4, 2025", "4 April 2025", "2025-04-05". A date without its year is left out rather than guessed.
 */
final class DateMentions {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
      Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
      Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
      Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")";
  private static final String DAY = "(\\d{1,2})(?:er|st|nd|rd|th)?";
  private static final Pattern DAY_FIRST = Pattern.compile("(?iu)\\b" + DAY + "(?:\\s*(?:et|au|à|-|–|and|to)\\s*"
      + DAY + ")?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private DateMentions() {
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

  private static void add(Set<LocalDate> dates, String year, String month, String day) {
    try {
      dates.add(LocalDate.of(Integer.parseInt(year), MONTHS.get(month.toLowerCase(Locale.ROOT)),
          Integer.parseInt(day)));
    } catch (DateTimeException notADate) {
      // "31 février 2025" is a typing error in the article; it dates nothing
    }
  }
}
