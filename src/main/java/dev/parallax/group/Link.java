package dev.parallax.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * How likely two articles report the same event: their wording (cosine of content-word stems), the names they
 * share (Jaccard of proper nouns), the numbers they share and the words of their leads; and whether their dates or
 * the events their leads report rule it out.
 *
 * @param a index of the first article (the lower)
 * @param daysApart the smallest gap between a date of one and a date of the other, when both have dates
 * @param leadsDiffer their leads report different steps (an appointment, a swearing-in), see {@link LeadEvents}
 * @param lead cosine of the words of their leads that say what happened, in one language (0 across languages)
 */
record Link(int a, int b, double score, double wording, double names, List<String> sharedNames,
            List<String> sharedNumbers, Optional<Long> daysApart, boolean datesConflict, boolean sameLanguage,
            boolean leadsDiffer, double lead) {

  static final double WORDING_WEIGHT = 0.6;
  static final double NAMES_WEIGHT = 0.4;
  static final double NUMBER_BONUS = 0.05;
  /** A result, a toll or a rate two articles give to the decimal is the strongest sign of one event. */
  static final double SPECIFIC_NUMBER_BONUS = 0.15;
  static final double MAX_NUMBER_BONUS = 0.45;
  private static final CosineSimilarity COSINE = new CosineSimilarity();
  private static final int NAMES_SHOWN = 4;

  Link {
    sharedNames = List.copyOf(sharedNames);
    sharedNumbers = List.copyOf(sharedNumbers);
  }

  static Link between(int a, int b, ArticleProfile first, ArticleProfile second, int windowDays) {
    boolean sameLanguage = first.language().equals(second.language());
    double wording = sameLanguage ? cosine(first.wording(), second.wording())
        : cosine(first.cognates(), second.cognates());
    List<String> sharedNames = first.names().keySet().stream().filter(second.names()::containsKey)
        .sorted((x, y) -> Integer.compare(weight(second, y) + weight(first, y), weight(second, x) + weight(first, x)))
        .toList();
    long allNames = first.names().size() + second.names().size() - sharedNames.size();
    double names = allNames == 0 ? 0 : (double) sharedNames.size() / allNames;
    List<String> sharedNumbers = first.numbers().stream().filter(second.numbers()::contains).sorted().toList();
    double numberBonus = sharedNumbers.stream()
        .mapToDouble(n -> CanonicalKeys.isSpecific(n) ? SPECIFIC_NUMBER_BONUS : NUMBER_BONUS).sum();
    double score = WORDING_WEIGHT * wording + NAMES_WEIGHT * names + Math.min(MAX_NUMBER_BONUS, numberBonus);
    Optional<Long> gap = gap(first.dates(), second.dates());
    return new Link(a, b, score, wording, names, sharedNames, sharedNumbers, gap,
        datesConflict(first, second, windowDays), sameLanguage, LeadEvents.differ(first.leadEvents(),
        second.leadEvents()), sameLanguage ? leadCosine(first, second) : 0);
  }

  /** Never one story: their dates rule it out, or their leads report different events. */
  static boolean apart(ArticleProfile first, ArticleProfile second, int windowDays) {
    return datesConflict(first, second, windowDays) || LeadEvents.differ(first.leadEvents(), second.leadEvents());
  }

  /** Leads of fewer words than this say too little to be compared (a dateline with "Published" in it). */
  static final int MIN_LEAD_WORDS = 4;

  private static double leadCosine(ArticleProfile first, ArticleProfile second) {
    return first.leadWording().size() < MIN_LEAD_WORDS || second.leadWording().size() < MIN_LEAD_WORDS ? 0
        : cosine(first.leadWording(), second.leadWording());
  }

  private static double cosine(java.util.Map<CharSequence, Integer> first, java.util.Map<CharSequence, Integer> second) {
    return first.isEmpty() || second.isEmpty() ? 0 : COSINE.cosineSimilarity(first, second);
  }

  /** Both articles have dates, and none of one's is within the window of any of the other's. */
  static boolean datesConflict(ArticleProfile first, ArticleProfile second, int windowDays) {
    return gap(first.dates(), second.dates()).map(days -> days > windowDays).orElse(false)
        || announces(first, second) || announces(second, first);
  }

  /**
   * The first announces what the second covers: it was published before a date it gives, and the second was
   * published on or after that date. The announcement of a meeting is another story than the meeting.
   */
  static boolean announces(ArticleProfile announcement, ArticleProfile coverage) {
    return announcement.published().flatMap(published -> coverage.published().map(covered ->
        announcement.dates().stream().anyMatch(date -> date.isAfter(published) && !covered.isBefore(date))))
        .orElse(false);
  }

  int other(int article) {
    return article == a ? b : a;
  }

  /**
   * The evidence in a few words: "0.52 (wording 0.61, names 0.40: aes, russie, sahel; numbers 4, 5; leads 0.31;
   * dates 1 day apart)".
   */
  String evidence() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.2f (wording %.2f, names %.2f", score,
        wording, names));
    if (!sharedNames.isEmpty()) {
      text.append(": ").append(String.join(", ", sharedNames.subList(0, Math.min(NAMES_SHOWN, sharedNames.size()))));
    }
    if (!sharedNumbers.isEmpty()) {
      text.append("; numbers ").append(String.join(", ", sharedNumbers));
    }
    if (lead > 0) {
      text.append(String.format(Locale.ROOT, "; leads %.2f", lead));
    }
    daysApart.ifPresent(days -> text.append("; dates ").append(days).append(" day").append(days == 1 ? "" : "s")
        .append(" apart"));
    return text.append(')').toString();
  }

  private static int weight(ArticleProfile profile, String name) {
    return profile.names().getOrDefault(name, 0);
  }

  private static Optional<Long> gap(Set<LocalDate> first, Set<LocalDate> second) {
    return first.stream().flatMap(x -> second.stream().map(y -> Math.abs(ChronoUnit.DAYS.between(x, y))))
        .min(Long::compare);
  }
}
