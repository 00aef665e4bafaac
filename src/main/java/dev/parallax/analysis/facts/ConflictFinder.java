package dev.parallax.analysis.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Conflicting details. Across outlets: two outlets report the same fact with dates that share no day, or with
 * numbers, places or actors that share no value. Inside one article: a weekday ("ce jeudi") that none of the
 * article's nearby absolute dates falls on; without an article date the weekday stays unresolved and is compared
 * with the weekdays of the absolute dates.
 */
final class ConflictFinder {
  private static final int NEARBY_DAYS = 7;

  /** One fact's details, per outlet. */
  record FactDetails(String factId, Map<String, List<Detail>> byOutlet) {
  }

  List<Conflict> acrossOutlets(FactDetails fact) {
    List<Conflict> conflicts = new ArrayList<>();
    List<String> outlets = List.copyOf(fact.byOutlet().keySet());
    for (int i = 0; i < outlets.size(); i++) {
      for (int j = i + 1; j < outlets.size(); j++) {
        for (Detail.Kind kind : Detail.Kind.values()) {
          List<Detail> left = ofKind(fact.byOutlet().get(outlets.get(i)), kind);
          List<Detail> right = ofKind(fact.byOutlet().get(outlets.get(j)), kind);
          if (!left.isEmpty() && !right.isEmpty() && disagree(kind, left, right)) {
            conflicts.addAll(rows(fact.factId(), outlets.get(i), left, outlets.get(j), right, kind));
          }
        }
      }
    }
    return conflicts;
  }

  private static List<Detail> ofKind(List<Detail> details, Detail.Kind kind) {
    return details.stream().filter(d -> d.kind() == kind).toList();
  }

  private static boolean disagree(Detail.Kind kind, List<Detail> left, List<Detail> right) {
    if (kind != Detail.Kind.DATE) {
      return disjoint(values(left), values(right));
    }
    Set<LocalDate> leftDays = resolved(left);
    Set<LocalDate> rightDays = resolved(right);
    if (!leftDays.isEmpty() && !rightDays.isEmpty()) {
      return disjoint(leftDays, rightDays);
    }
    return weekdayMismatch(left, rightDays) || weekdayMismatch(right, leftDays);
  }

  /** An unresolved weekday on one side against resolved dates on the other that never fall on that weekday. */
  private static boolean weekdayMismatch(List<Detail> weekdays, Set<LocalDate> dates) {
    Set<DayOfWeek> dayNames = dates.stream().map(LocalDate::getDayOfWeek).collect(Collectors.toSet());
    return !dates.isEmpty() && weekdays.stream()
        .map(d -> d.date().orElseThrow())
        .filter(m -> m.kind() == DateMention.Kind.WEEKDAY && m.resolved().isEmpty())
        .anyMatch(m -> !dayNames.contains(m.weekday().orElseThrow()));
  }

  private static Set<String> values(List<Detail> details) {
    return details.stream().map(d -> d.value().toLowerCase()).collect(Collectors.toSet());
  }

  private static Set<LocalDate> resolved(List<Detail> details) {
    return details.stream().flatMap(d -> d.date().stream()).flatMap(m -> m.resolved().stream())
        .collect(Collectors.toSet());
  }

  private static <T> boolean disjoint(Collection<T> a, Collection<T> b) {
    return a.stream().noneMatch(b::contains);
  }

  private static List<Conflict> rows(String factId, String outletA, List<Detail> a, String outletB, List<Detail> b,
                                     Detail.Kind kind) {
    String note = outletA + " gives " + describe(a) + "; " + outletB + " gives " + describe(b);
    List<Conflict> rows = new ArrayList<>();
    a.forEach(d -> rows.add(new Conflict(factId, outletA, d.sentenceId(), d.text(), kind, note)));
    b.forEach(d -> rows.add(new Conflict(factId, outletB, d.sentenceId(), d.text(), kind, note)));
    return rows;
  }

  private static String describe(List<Detail> details) {
    return details.stream().map(d -> "\"" + d.text() + "\"" + (d.text().equalsIgnoreCase(d.value()) ? "" : " = "
        + d.value())).distinct().collect(Collectors.joining(", "));
  }

  /**
   * In-article date conflicts: each weekday mention against the article's absolute dates near it (all of them when
   * the weekday cannot be resolved).
   *
   * @param factOfSentence the fact id holding each sentence, for the Fact column
   */
  List<Conflict> insideArticle(String outlet, List<DateMention> dates, Map<String, String> factOfSentence) {
    List<Conflict> conflicts = new ArrayList<>();
    // An absolute date is listed once however many weekdays it contradicts, so a long article with the same
    // dates repeated does not produce a conflict row per pair.
    Set<DateMention> listed = new java.util.HashSet<>();
    List<DateMention> absolute = dates.stream()
        .filter(d -> d.kind() == DateMention.Kind.ABSOLUTE && !d.resolved().isEmpty()).toList();
    for (DateMention weekday : dates.stream().filter(d -> d.kind() == DateMention.Kind.WEEKDAY).toList()) {
      List<DateMention> compared = absolute.stream().filter(a -> near(weekday, a)).toList();
      DayOfWeek day = weekday.weekday().orElseThrow();
      boolean matches = compared.stream().anyMatch(a -> a.weekdays().contains(day));
      if (compared.isEmpty() || matches) {
        continue;
      }
      String note = "Inside " + outlet + ": \"" + weekday.text() + "\" = " + weekday.normalised()
          + ", but " + compared.stream().map(a -> "\"" + a.text() + "\" = " + a.normalised()).distinct()
          .collect(Collectors.joining("; ")) + " falls on no " + DateMention.name(day);
      conflicts.add(row(outlet, weekday, note, factOfSentence));
      compared.stream().filter(listed::add).forEach(a -> conflicts.add(row(outlet, a, note, factOfSentence)));
    }
    return conflicts;
  }

  private static boolean near(DateMention weekday, DateMention absolute) {
    if (weekday.resolved().isEmpty()) {
      return true;
    }
    LocalDate day = weekday.resolved().get(0);
    return absolute.resolved().stream().anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(day, d)) <= NEARBY_DAYS);
  }

  private static Conflict row(String outlet, DateMention mention, String note, Map<String, String> factOfSentence) {
    return new Conflict(factOfSentence.getOrDefault(mention.sentenceId(), "-"), outlet, mention.sentenceId(),
        mention.text(), Detail.Kind.DATE, note);
  }
}
