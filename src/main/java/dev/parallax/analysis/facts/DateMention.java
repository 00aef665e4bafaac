package dev.parallax.analysis.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A date as an article gives it, and what it means.
 *
 * @param days the calendar days named (absolute dates), or the resolved day of a relative date; empty when unknown
 * @param year the year when the text gives it or the article's date supplies it
 * @param weekday the day of the week a weekday expression names ("ce jeudi"), if any
 * @param resolved the dates this mention stands for, when they can be known
 */
public record DateMention(String sentenceId, int start, int end, String text, Kind kind, List<MonthDay> days,
                          Optional<Integer> year, Optional<DayOfWeek> weekday, List<LocalDate> resolved) {

  public enum Kind { ABSOLUTE, WEEKDAY, RELATIVE, VAGUE }

  public DateMention {
    days = List.copyOf(days);
    resolved = List.copyOf(resolved);
  }

  /** The weekdays of the resolved dates (for an absolute date, those of its days). */
  public List<DayOfWeek> weekdays() {
    return resolved.stream().map(LocalDate::getDayOfWeek).distinct().toList();
  }

  /** How the date reads once normalised: ISO dates, or why it cannot be. */
  public String normalised() {
    if (!resolved.isEmpty()) {
      return resolved.stream().map(d -> d + " (" + name(d.getDayOfWeek()) + ")").collect(Collectors.joining(", "));
    }
    return switch (kind) {
      case WEEKDAY -> "unresolved weekday: " + weekday.map(DateMention::name).orElse("?")
          + " (the article has no date)";
      case RELATIVE -> "unresolved relative date (the article has no date)";
      case VAGUE -> "no date given";
      case ABSOLUTE -> days.stream().map(MonthDay::toString).collect(Collectors.joining(", ")) + " (no year)";
    };
  }

  static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
