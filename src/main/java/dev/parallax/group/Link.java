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
 * share (Jaccard of proper nouns) and the numbers they share; and whether their dates rule it out.
 *
 * @param a index of the first article (the lower)
 * @param daysApart the smallest gap between a date of one and a date of the other, when both have dates
 */
record Link(int a, int b, double score, double wording, double names, List<String> sharedNames,
            List<String> sharedNumbers, Optional<Long> daysApart, boolean datesConflict) {

  static final double WORDING_WEIGHT = 0.6;
  static final double NAMES_WEIGHT = 0.4;
  static final double NUMBER_BONUS = 0.05;
  static final double MAX_NUMBER_BONUS = 0.15;
  private static final CosineSimilarity COSINE = new CosineSimilarity();
  private static final int NAMES_SHOWN = 4;

  Link {
    sharedNames = List.copyOf(sharedNames);
    sharedNumbers = List.copyOf(sharedNumbers);
  }

  static Link between(int a, int b, ArticleProfile first, ArticleProfile second, int windowDays) {
    double wording = first.wording().isEmpty() || second.wording().isEmpty() ? 0
        : COSINE.cosineSimilarity(first.wording(), second.wording());
    List<String> sharedNames = first.names().keySet().stream().filter(second.names()::containsKey)
        .sorted((x, y) -> Integer.compare(weight(second, y) + weight(first, y), weight(second, x) + weight(first, x)))
        .toList();
    long allNames = first.names().size() + second.names().size() - sharedNames.size();
    double names = allNames == 0 ? 0 : (double) sharedNames.size() / allNames;
    List<String> sharedNumbers = first.numbers().stream().filter(second.numbers()::contains).sorted().toList();
    double score = WORDING_WEIGHT * wording + NAMES_WEIGHT * names
        + Math.min(MAX_NUMBER_BONUS, NUMBER_BONUS * sharedNumbers.size());
    Optional<Long> gap = gap(first.dates(), second.dates());
    return new Link(a, b, score, wording, names, sharedNames, sharedNumbers, gap,
        gap.map(days -> days > windowDays).orElse(false));
  }

  /** Both articles have dates, and none of one's is within the window of any of the other's. */
  static boolean datesConflict(ArticleProfile first, ArticleProfile second, int windowDays) {
    return gap(first.dates(), second.dates()).map(days -> days > windowDays).orElse(false);
  }

  int other(int article) {
    return article == a ? b : a;
  }

  /** The evidence in a few words: "0.52 (wording 0.61, names 0.40: aes, russie, sahel; numbers 4, 5)". */
  String evidence() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.2f (wording %.2f, names %.2f", score,
        wording, names));
    if (!sharedNames.isEmpty()) {
      text.append(": ").append(String.join(", ", sharedNames.subList(0, Math.min(NAMES_SHOWN, sharedNames.size()))));
    }
    if (!sharedNumbers.isEmpty()) {
      text.append("; numbers ").append(String.join(", ", sharedNumbers));
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
