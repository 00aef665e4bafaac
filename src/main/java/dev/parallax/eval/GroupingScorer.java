package dev.parallax.eval;

import dev.parallax.group.Grouping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores {@code parallax group} against {@code grouping.tsv} (article, story) as pairs: two articles the gold puts in
 * one story and the grouping puts in one story are a hit. Every article of the folder must have a gold line.
 */
public final class GroupingScorer {
  public static final String FILE = "grouping.tsv";

  private GroupingScorer() {
  }

  public static FileScore score(Path goldFile, Grouping grouping) {
    GoldFile gold = GoldFile.read(goldFile, List.of("article", "story"));
    Map<String, String> truth = new LinkedHashMap<>();
    gold.rows().forEach(r -> truth.put(r.get("article"), r.get("story")));
    Map<String, String> found = new LinkedHashMap<>();
    grouping.decisions().forEach(d -> found.put(d.article().getFileName().toString(), d.story()));
    for (String article : found.keySet()) {
      if (!truth.containsKey(article)) {
        throw new GoldFormatException(goldFile + ": no line for article " + article
            + " of the grouped folder (every article needs its true story)");
      }
    }
    List<String> articles = List.copyOf(found.keySet());
    Tally tally = new Tally();
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        String a = articles.get(i);
        String b = articles.get(j);
        boolean same = truth.get(a).equals(truth.get(b));
        boolean joined = found.get(a).equals(found.get(b));
        if (same && joined) {
          tally.hit("");
        } else if (same) {
          tally.miss("");
          misses.add(a + " ~ " + b + " (both " + truth.get(a) + "; grouped " + found.get(a) + " / " + found.get(b) + ")");
        } else if (joined) {
          tally.falseAlarm("");
          falseAlarms.add(a + " ~ " + b + " (" + truth.get(a) + " / " + truth.get(b) + "; grouped together in "
              + found.get(a) + ")");
        }
      }
    }
    List<String> details = List.of(articles.size() + " articles, " + grouping.stories().size() + " stories found, "
        + truth.values().stream().distinct().count() + " in the gold");
    return new FileScore(FILE, tally.total(), details, misses, falseAlarms);
  }
}
