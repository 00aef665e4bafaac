package dev.parallax.group;

import dev.parallax.run.Workers;
import dev.parallax.text.ParsedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Sorts articles into stories by event. Two articles are linked when their score reaches the threshold and their
 * wording agrees at least a little, or when their leads say what happened in the same words; and their dates (when
 * both have some) are within the window, and their leads report no different events (an appointment, a
 * swearing-in). Linked articles share a story, strongest links first, unless the merge would put in one story two
 * articles whose dates are too far apart or whose leads report different events. A different meeting between the
 * same parties shares names with the first but not its dates, numbers or wording.
 */
public final class StoryGrouper {
  private static final int EXPLAINING_LINKS = 3;
  /** Names and numbers corroborate wording; without some wording in common they link nothing. */
  static final double MIN_WORDING = 0.25;
  /**
   * Across languages the wording is compared by cognates only ("présidentielle"/"presidential"), which two reports
   * of one event share far less than two reports in one language share stems.
   */
  static final double MIN_COGNATES = 0.05;
  /**
   * Two leads in one language that say what happened in the same words report one event, however far their bodies
   * go apart (a round-up of reactions abroad, a sidebar on the rescue): the wording floor, applied to the leads.
   */
  static final double MIN_LEAD = MIN_WORDING;
  /** The defaults of {@code parallax group}, also what {@code parallax eval --flat} measures. */
  public static final double DEFAULT_THRESHOLD = 0.33;
  public static final int DEFAULT_WINDOW_DAYS = 7;

  private final double threshold;
  private final int windowDays;
  private final Workers workers;

  public StoryGrouper(double threshold, int windowDays, Workers workers) {
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.workers = workers;
  }

  /** The stories of the articles, each article's decision in the articles' order. */
  public Grouping group(List<ParsedArticle> articles) {
    return groupProfiles(workers.map(articles, ArticleProfile::of));
  }

  Grouping groupProfiles(List<ArticleProfile> profiles) {
    List<List<Link>> links = workers.map(IntStream.range(0, profiles.size()).boxed().toList(),
        i -> links(i, profiles));
    List<Link> candidates = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      for (Link link : links.get(i)) {
        if (link.a() == i && joins(link)) {
          candidates.add(link);
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Link::score).reversed()
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    Clusters clusters = new Clusters(profiles.size());
    for (Link link : candidates) {
      clusters.mergeUnless(link.a(), link.b(), (x, y) -> Link.apart(profiles.get(x), profiles.get(y), windowDays));
    }
    return new StoryNaming(profiles, clusters.groups())
        .grouping(i -> reason(i, profiles, links.get(i), clusters));
  }

  private boolean joins(Link link) {
    return !link.datesConflict() && !link.leadsDiffer()
        && (link.wording() >= minWording(link) && link.score() >= threshold || link.lead() >= MIN_LEAD);
  }

  private static double minWording(Link link) {
    return link.sameLanguage() ? MIN_WORDING : MIN_COGNATES;
  }

  /** The article's links that can join it to another, and its strongest few, which explain the decision. */
  private List<Link> links(int i, List<ArticleProfile> profiles) {
    List<Link> all = new ArrayList<>();
    for (int j = 0; j < profiles.size(); j++) {
      if (j != i) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        all.add(Link.between(a, b, profiles.get(a), profiles.get(b), windowDays));
      }
    }
    all.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(link -> link.other(i)));
    List<Link> kept = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      if (k < EXPLAINING_LINKS || joins(all.get(k))) {
        kept.add(all.get(k));
      }
    }
    return kept;
  }

  private String reason(int i, List<ArticleProfile> profiles, List<Link> links, Clusters clusters) {
    Link inside = links.stream().filter(l -> clusters.same(i, l.other(i)) && joins(l)).findFirst()
        .or(() -> links.stream().filter(l -> clusters.same(i, l.other(i))).findFirst()).orElse(null);
    Link outside = links.stream().filter(l -> !clusters.same(i, l.other(i))).findFirst().orElse(null);
    StringBuilder reason = new StringBuilder();
    if (inside != null) {
      reason.append("with ").append(profiles.get(inside.other(i)).fileName()).append(' ').append(inside.evidence());
    } else {
      reason.append(outside == null ? "alone: the only article" : "alone");
    }
    if (outside != null) {
      reason.append(inside == null ? ": closest " : "; apart from ").append(profiles.get(outside.other(i)).fileName())
          .append(' ').append(outside.evidence()).append(": ").append(whyApart(outside));
    }
    return reason.toString();
  }

  private String whyApart(Link link) {
    if (link.datesConflict()) {
      return "dates more than " + windowDays + " days apart";
    }
    if (link.leadsDiffer()) {
      return "their leads report different events";
    }
    String leads = link.lead() > 0 ? String.format(Locale.ROOT, ", leads below %.2f", MIN_LEAD) : "";
    if (link.wording() < minWording(link)) {
      return String.format(Locale.ROOT, "%s below %.2f", link.sameLanguage() ? "wording" : "cognates",
          minWording(link)) + leads;
    }
    if (link.score() < threshold) {
      return String.format(Locale.ROOT, "below the threshold %.2f", threshold) + leads;
    }
    return "its story holds an article dated more than " + windowDays
        + " days from one of this story, or whose lead reports another event";
  }
}
