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
 * Conflicting details. Across outlets: an outlet that gives a fact another day than the day most outlets give it;
 * two outlets that give a fact numbers of one unit that share no value (rounding aside); two outlets that each name
 * one place of the fact, both countries or both other places, neither name holding the other, and neither article
 * naming the other's place anywhere ({@link ArticleNames}). Inside one article: a weekday ("ce jeudi"),
 * resolved backward from the article's date, that none of the article's nearby absolute dates falls on; a weekday
 * left unresolved is compared with nothing.
 */
final class ConflictFinder {
  private static final int NEARBY_DAYS = 7;
  /** The fewest outlets that make a date the fact's date. */
  private static final int MAJORITY_MIN = 2;
  /** At most a space and a comma between a weekday and the date it names. */
  private static final int ADJACENT_CHARS = 2;

  /** One fact's details, per outlet. */
  record FactDetails(String factId, Map<String, List<Detail>> byOutlet, Map<String, ArticleNames> names) {
  }

  List<Conflict> acrossOutlets(FactDetails fact) {
    List<Conflict> conflicts = new ArrayList<>(datesAgainstMajority(fact));
    List<String> outlets = List.copyOf(fact.byOutlet().keySet());
    for (int i = 0; i < outlets.size(); i++) {
      for (int j = i + 1; j < outlets.size(); j++) {
        List<Detail> left = fact.byOutlet().get(outlets.get(i));
        List<Detail> right = fact.byOutlet().get(outlets.get(j));
        for (String unit : units(left, right)) {
          List<Detail> a = numbers(left, unit);
          List<Detail> b = numbers(right, unit);
          if (a.stream().noneMatch(x -> b.stream().anyMatch(y -> sameNumber(x.value(), y.value())))) {
            conflicts.addAll(rows(fact.factId(), outlets.get(i), a, outlets.get(j), b, Detail.Kind.NUMBER));
          }
        }
        // Two outlets naming different actors in one fact is no conflict (one quotes the king, the other names
        // the country): the dev-set rows were all false, so actors are not compared; places are, as countries.
        for (String unit : List.of(DetailFinder.COUNTRY, DetailFinder.TOWN)) {
          List<Detail> a = ofKind(left, Detail.Kind.PLACE).stream().filter(d -> d.unit().equals(unit)).toList();
          List<Detail> b = ofKind(right, Detail.Kind.PLACE).stream().filter(d -> d.unit().equals(unit)).toList();
          if (oneValue(a) && oneValue(b) && disjoint(values(a), values(b)) && !oneHoldsTheOther(a, b)
              && !fact.names().get(outlets.get(i)).names(b.get(0).value())
              && !fact.names().get(outlets.get(j)).names(a.get(0).value())) {
            conflicts.addAll(rows(fact.factId(), outlets.get(i), a, outlets.get(j), b, Detail.Kind.PLACE));
          }
        }
      }
    }
    return conflicts;
  }

  /**
   * The fact's date as most outlets give it, against an outlet that gives it another day. Only written dates count,
   * with their year known: a weekday in a sentence is as often the day of a step of the story ("rescuers struggled
   * Saturday", "results announced Wednesday") as the day of the fact, and dev-set weekday rows were all false; and the majority date must be given by
   * more outlets than any other; without one (two outlets, a tie), each pair of outlets whose days never meet.
   */
  private static List<Conflict> datesAgainstMajority(FactDetails fact) {
    Map<String, Set<LocalDate>> daysByOutlet = new java.util.LinkedHashMap<>();
    fact.byOutlet().forEach((outlet, details) -> {
      Set<LocalDate> days = resolved(resolvedDates(fact, outlet));
      if (!days.isEmpty()) {
        daysByOutlet.put(outlet, days);
      }
    });
    Map<LocalDate, List<String>> outletsByDay = new java.util.TreeMap<>();
    daysByOutlet.forEach((outlet, days) -> days.forEach(day ->
        outletsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(outlet)));
    List<Map.Entry<LocalDate, List<String>>> ranked = outletsByDay.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).toList();
    if (ranked.isEmpty()) {
      return List.of();
    }
    if (ranked.get(0).getValue().size() < MAJORITY_MIN
        || (ranked.size() > 1 && ranked.get(1).getValue().size() == ranked.get(0).getValue().size())) {
      return datesPairwise(fact, daysByOutlet);
    }
    LocalDate majority = ranked.get(0).getKey();
    List<String> agreeing = ranked.get(0).getValue();
    List<Conflict> conflicts = new ArrayList<>();
    daysByOutlet.forEach((outlet, days) -> {
      if (days.contains(majority)) {
        return;
      }
      List<Detail> dates = resolvedDates(fact, outlet);
      String note = outlet + " gives " + describe(dates) + "; " + agreeing.size() + " outlets give " + majority
          + " (" + DateMention.name(majority.getDayOfWeek()) + "): " + String.join(", ", agreeing);
      dates.forEach(d -> conflicts.add(new Conflict(fact.factId(), outlet, d.sentenceId(), d.text(),
          Detail.Kind.DATE, note)));
    });
    return conflicts;
  }

  /** No date most outlets give (two outlets, or a tie): each pair of outlets whose days never meet. */
  private static List<Conflict> datesPairwise(FactDetails fact, Map<String, Set<LocalDate>> daysByOutlet) {
    List<Conflict> conflicts = new ArrayList<>();
    List<String> outlets = List.copyOf(daysByOutlet.keySet());
    for (int i = 0; i < outlets.size(); i++) {
      for (int j = i + 1; j < outlets.size(); j++) {
        if (disjoint(daysByOutlet.get(outlets.get(i)), daysByOutlet.get(outlets.get(j)))) {
          conflicts.addAll(rows(fact.factId(), outlets.get(i), resolvedDates(fact, outlets.get(i)), outlets.get(j),
              resolvedDates(fact, outlets.get(j)), Detail.Kind.DATE));
        }
      }
    }
    return conflicts;
  }

  /** The outlet's written dates of the fact ("9 septembre 2023", "6 juin"), with their year known. */
  private static List<Detail> resolvedDates(FactDetails fact, String outlet) {
    return ofKind(fact.byOutlet().get(outlet), Detail.Kind.DATE).stream()
        .filter(d -> d.date().map(m -> m.kind() == DateMention.Kind.ABSOLUTE && !m.resolved().isEmpty())
            .orElse(false)).toList();
  }

  private static List<String> units(List<Detail> left, List<Detail> right) {
    Set<String> leftUnits = ofKind(left, Detail.Kind.NUMBER).stream().map(Detail::unit).filter(u -> !u.isEmpty())
        .collect(Collectors.toSet());
    return ofKind(right, Detail.Kind.NUMBER).stream().map(Detail::unit).filter(leftUnits::contains).distinct()
        .sorted().toList();
  }

  private static List<Detail> numbers(List<Detail> details, String unit) {
    return ofKind(details, Detail.Kind.NUMBER).stream().filter(d -> d.unit().equals(unit)).toList();
  }

  /** Equal once the more precise is rounded to the other's decimals: 1.56 million is "1,6 million". */
  static boolean sameNumber(String a, String b) {
    java.math.BigDecimal x = new java.math.BigDecimal(a);
    java.math.BigDecimal y = new java.math.BigDecimal(b);
    int scale = Math.min(Math.max(x.scale(), 0), Math.max(y.scale(), 0));
    return x.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(y.setScale(scale, java.math.RoundingMode.HALF_UP))
        == 0;
  }

  /** "Marrakech" and "Marrakech-Safi", "Al Haouz" and "province d'Al Haouz": one name inside the other. */
  private static boolean oneHoldsTheOther(List<Detail> a, List<Detail> b) {
    String x = a.get(0).value().toLowerCase();
    String y = b.get(0).value().toLowerCase();
    return x.contains(y) || y.contains(x);
  }

  private static boolean oneValue(List<Detail> details) {
    return values(details).size() == 1;
  }

  private static List<Detail> ofKind(List<Detail> details, Detail.Kind kind) {
    return details.stream().filter(d -> d.kind() == kind).toList();
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
        + d.value()) + share(d)).distinct().collect(Collectors.joining(", "));
  }

  /** " (share of Idrissa Seck)" for a percentage read as an actor's share. */
  private static String share(Detail detail) {
    return detail.unit().startsWith(DetailFinder.SHARE) ? " (share of "
        + detail.unit().substring(DetailFinder.SHARE.length()) + ")" : "";
  }

  /**
   * In-article date conflicts: each resolved weekday against the article's absolute dates near it. When the article
   * has no date of its own, its weekdays were resolved from one of those very dates, so only a date of the weekday's
   * date written right after it is compared ("samedi 10 septembre 2023" when the 10th is a Sunday): a weekday of another sentence
   * is usually another day of the story ("ce lundi" of a concession after "le 24 mars" of the vote).
   *
   * @param dated whether the article has a front-matter date
   * @param factOfSentence the fact id holding each sentence, for the Fact column
   */
  List<Conflict> insideArticle(String outlet, List<DateMention> dates, Map<String, String> factOfSentence,
                               boolean dated) {
    List<Conflict> conflicts = new ArrayList<>();
    // An absolute date is listed once however many weekdays it contradicts, so a long article with the same
    // dates repeated does not produce a conflict row per pair.
    Set<DateMention> listed = new java.util.HashSet<>();
    List<DateMention> absolute = dates.stream()
        .filter(d -> d.kind() == DateMention.Kind.ABSOLUTE && !d.resolved().isEmpty()).toList();
    for (DateMention weekday : dates.stream().filter(d -> d.kind() == DateMention.Kind.WEEKDAY).toList()) {
      if (weekday.resolved().isEmpty()) {
        continue;
      }
      List<DateMention> compared = absolute.stream().filter(a -> near(weekday, a))
          .filter(a -> dated || nextTo(weekday, a)).toList();
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

  /** "samedi 9 septembre 2023": the weekday written just before the date, as its name. */
  private static boolean nextTo(DateMention weekday, DateMention absolute) {
    return weekday.sentenceId().equals(absolute.sentenceId()) && absolute.start() >= weekday.end()
        && absolute.start() - weekday.end() <= ADJACENT_CHARS;
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
