package dev.parallax.group;

import java.nio.file.Path;
import java.util.List;

/** The stories found in a folder of articles, and one decision per article saying why it went where it did. */
public record Grouping(List<Group> stories, List<Decision> decisions) {

  public Grouping {
    stories = List.copyOf(stories);
    decisions = List.copyOf(decisions);
  }

  /** A story: a folder-safe name and its articles, in file-name order. */
  public record Group(String name, List<Path> articles) {
    public Group {
      articles = List.copyOf(articles);
    }
  }

  /** Where one article went, and why, in one line. */
  public record Decision(Path article, String story, String reason) {
  }
}
