package dev.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a scorer's hits, misses and false alarms, and its attribute agreements, in total and per group (the
 * language of an outlet, or a pair of languages for facts), so that eval can report French and English apart.
 */
final class Tally {
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, Map<String, int[]>> agreements = new LinkedHashMap<>();

  void hit(String group) {
    add(group, 0);
  }

  void falseAlarm(String group) {
    add(group, 1);
  }

  void miss(String group) {
    add(group, 2);
  }

  /** One matched annotation whose attribute {@code name} agrees ({@code right}) or not. */
  void agreement(String name, String group, boolean right) {
    for (String key : keys(group)) {
      int[] count = agreements.computeIfAbsent(name, n -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new int[2]);
      count[0] += right ? 1 : 0;
      count[1]++;
    }
  }

  /** Declares an attribute so that it is reported (as n/a) even when nothing was matched. */
  void attribute(String name) {
    agreements.computeIfAbsent(name, n -> new LinkedHashMap<>()).computeIfAbsent("", k -> new int[2]);
  }

  private void add(String group, int index) {
    for (String key : keys(group)) {
      counts.computeIfAbsent(key, k -> new int[3])[index]++;
    }
  }

  /** The total and the group, once each: a scorer without groups passes an empty group. */
  private static List<String> keys(String group) {
    return group.isEmpty() ? List.of("") : List.of("", group);
  }

  Score total() {
    return score(counts.getOrDefault("", new int[3]));
  }

  Map<String, Score> byGroup() {
    Map<String, Score> groups = new LinkedHashMap<>();
    counts.forEach((group, count) -> {
      if (!group.isEmpty()) {
        groups.put(group, score(count));
      }
    });
    return groups;
  }

  List<Accuracy> accuracies() {
    List<Accuracy> list = new ArrayList<>();
    agreements.forEach((name, groups) -> groups.forEach((group, count) ->
        list.add(new Accuracy(name, group, count[0], count[1]))));
    return list;
  }

  FileScore fileScore(String file, List<String> details, List<String> misses, List<String> falseAlarms) {
    return new FileScore(file, total(), byGroup(), accuracies(), details, misses, falseAlarms);
  }

  private static Score score(int[] count) {
    return new Score(count[0], count[1], count[2]);
  }
}
