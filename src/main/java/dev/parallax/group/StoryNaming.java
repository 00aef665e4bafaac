package dev.parallax.group;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Names the stories for folders and the TSV: their number, the month of their earliest date and the names most of
 * their articles mention, e.g. {@code 01-2025-04-aes-russie-sahel}.
 */
final class StoryNaming {
  private static final int NAMES_IN_TITLE = 3;

  private final List<ArticleProfile> profiles;
  private final List<List<Integer>> groups;

  StoryNaming(List<ArticleProfile> profiles, List<List<Integer>> groups) {
    this.profiles = profiles;
    this.groups = groups;
  }

  Grouping grouping(IntFunction<String> reasons) {
    List<Grouping.Group> stories = new ArrayList<>();
    String[] storyOf = new String[profiles.size()];
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> members = groups.get(g);
      String name = name(g + 1, members);
      members.forEach(i -> storyOf[i] = name);
      stories.add(new Grouping.Group(name, members.stream().map(i -> profiles.get(i).file()).toList()));
    }
    List<Grouping.Decision> decisions = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      decisions.add(new Grouping.Decision(profiles.get(i).file(), storyOf[i], reasons.apply(i)));
    }
    return new Grouping(stories, decisions);
  }

  private String name(int number, List<Integer> members) {
    StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "%02d", number));
    members.stream().flatMap(i -> profiles.get(i).dates().stream()).min(LocalDate::compareTo)
        .ifPresent(date -> name.append('-').append(date.toString(), 0, 7));
    for (String entity : commonNames(members)) {
      String written = members.stream().map(profiles::get).filter(p -> p.names().containsKey(entity)).findFirst()
          .map(p -> p.spelling(entity)).orElse(entity);
      name.append('-').append(slug(written));
    }
    return name.toString();
  }

  /** The names mentioned by the most articles of the story, then most often, then alphabetically. */
  private List<String> commonNames(List<Integer> members) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i : members) {
      profiles.get(i).names().forEach((entity, times) -> {
        int[] count = counts.computeIfAbsent(entity, e -> new int[2]);
        count[0]++;
        count[1] += times;
      });
    }
    return counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
            .thenComparingInt(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).filter(entity -> !slug(entity).isEmpty()).limit(NAMES_IN_TITLE).toList();
  }

  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
