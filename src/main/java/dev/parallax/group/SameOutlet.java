package dev.parallax.group;

import dev.parallax.corpus.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flags the stories of a grouping that hold two articles of one outlet: {@code compare} counts them under that one
 * outlet, as a news report and its follow-up, so the analyst should check that they are one story.
 */
public final class SameOutlet {
  private SameOutlet() {
  }

  /** The grouping with a note added to the reason of every article that shares its story with its own outlet. */
  public static Grouping flagged(Grouping grouping, List<Article> articles) {
    Map<Path, String> outletOf = new HashMap<>();
    articles.forEach(article -> outletOf.put(article.file(), article.outlet()));
    Map<Path, String> notes = new HashMap<>();
    for (Grouping.Group story : grouping.stories()) {
      Map<String, List<Path>> byOutlet = new LinkedHashMap<>();
      for (Path file : story.articles()) {
        String outlet = outletOf.getOrDefault(file, file.getFileName().toString());
        byOutlet.computeIfAbsent(outlet.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(file);
      }
      for (List<Path> files : byOutlet.values()) {
        if (files.size() > 1) {
          String note = files.size() + " articles of outlet '" + outletOf.getOrDefault(files.get(0), "") + "' ("
              + String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList())
              + "): compare counts them under that one outlet, as a report and its follow-up; check they are one story";
          files.forEach(file -> notes.put(file, note));
        }
      }
    }
    if (notes.isEmpty()) {
      return grouping;
    }
    List<Grouping.Decision> decisions = grouping.decisions().stream()
        .map(d -> notes.containsKey(d.article())
            ? new Grouping.Decision(d.article(), d.story(), d.reason() + "; " + notes.get(d.article())) : d)
        .toList();
    return new Grouping(grouping.stories(), decisions);
  }
}
