package dev.parallax.analysis.facts;

import dev.parallax.corpus.AlignmentHint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims into facts. First, claims of one outlet that say the same thing again (similarity at least
 * {@link #REPEAT_THRESHOLD}) become one group, led by the earliest. Then pairs of groups of different outlets whose
 * similarity reaches the threshold are taken most similar first, and the two facts they belong to merge when no
 * outlet is in both and the mean similarity over every pair of their groups (average link) reaches the threshold.
 * Complete link (every pair above the threshold) fragmented a fact ten outlets report into several; average link
 * lets a loose paraphrase join a fact its neighbours carry. Groups left alone are facts only their outlet reports.
 *
 * <p>The analyst's hints come first: two sentences marked {@code same} are joined before any computed pair (a hint
 * needs no similarity, and the facts merge through a hint whatever their other groups), and two marked
 * {@code different} are never joined.
 */
final class FactAligner {
  static final double REPEAT_THRESHOLD = 0.5;

  private final double threshold;

  FactAligner(double threshold) {
    this.threshold = threshold;
  }

  /** A possible join; {@code hint} is the analyst's line that asks for it, or null for a computed one. */
  private record Edge(List<Claim> a, List<Claim> b, double similarity, AlignmentHint hint) {
  }

  List<FactCluster> align(List<Claim> claims, ClaimSimilarity vectors) {
    return align(claims, vectors, List.of());
  }

  List<FactCluster> align(List<Claim> claims, ClaimSimilarity vectors, List<AlignmentHint> hints) {
    List<List<Claim>> groups = repeats(claims, vectors);
    Map<String, List<List<Claim>>> groupsOfSentence = new HashMap<>();
    for (List<Claim> group : groups) {
      group.forEach(c -> groupsOfSentence.computeIfAbsent(c.sentenceId(), s -> new ArrayList<>()).add(group));
    }
    Set<String> apart = new HashSet<>();
    List<Edge> edges = new ArrayList<>();
    for (AlignmentHint hint : hints) {
      List<List<Claim>> left = groupsOfSentence.getOrDefault(hint.sentence(), List.of());
      List<List<Claim>> right = groupsOfSentence.getOrDefault(hint.other(), List.of());
      if (hint.relation() == AlignmentHint.Relation.DIFFERENT) {
        left.forEach(a -> right.forEach(b -> apart.add(pairKey(a, b))));
      } else if (!left.isEmpty() && !right.isEmpty()) {
        edges.add(new Edge(left.get(0), right.get(0), vectors.similarity(left.get(0).get(0), right.get(0).get(0)),
            hint));
      }
    }
    int hinted = edges.size();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        List<Claim> a = groups.get(i);
        List<Claim> b = groups.get(j);
        double similarity = vectors.similarity(a.get(0), b.get(0));
        if (!outlet(a).equals(outlet(b)) && similarity >= threshold && !apart.contains(pairKey(a, b))) {
          edges.add(new Edge(a, b, similarity, null));
        }
      }
    }
    edges.subList(hinted, edges.size()).sort(Comparator.comparingDouble(Edge::similarity).reversed());
    Map<List<Claim>, Map<String, List<Claim>>> factOf = new IdentityHashMap<>();
    List<Map<String, List<Claim>>> facts = new ArrayList<>();
    for (List<Claim> group : groups) {
      Map<String, List<Claim>> alone = new LinkedHashMap<>();
      alone.put(outlet(group), group);
      facts.add(alone);
      factOf.put(group, alone);
    }
    Map<Map<String, List<Claim>>, List<AlignmentHint>> hintsOf = new IdentityHashMap<>();
    for (Edge edge : edges) {
      Map<String, List<Claim>> factA = factOf.get(edge.a());
      Map<String, List<Claim>> factB = factOf.get(edge.b());
      if (factA == factB || !disjoint(factA, factB, apart)
          || edge.hint() == null && averageLink(factA, factB, vectors) < threshold) {
        continue;
      }
      factB.values().forEach(g -> factOf.put(g, factA));
      factA.putAll(factB);
      facts.removeIf(f -> f == factB);
      List<AlignmentHint> joined = new ArrayList<>(hintsOf.getOrDefault(factA, List.of()));
      joined.addAll(hintsOf.getOrDefault(factB, List.of()));
      if (edge.hint() != null) {
        joined.add(edge.hint());
      }
      hintsOf.remove(factB);
      hintsOf.put(factA, joined);
    }
    return facts.stream().map(f -> new FactCluster(f, hintsOf.getOrDefault(f, List.of()))).toList();
  }

  /** No outlet in both facts, and no pair of their groups the analyst keeps apart. */
  private static boolean disjoint(Map<String, List<Claim>> a, Map<String, List<Claim>> b, Set<String> apart) {
    if (a.keySet().stream().anyMatch(b::containsKey)) {
      return false;
    }
    return a.values().stream().noneMatch(x -> b.values().stream().anyMatch(y -> apart.contains(pairKey(x, y))));
  }

  /** The mean similarity over every pair of one group of each fact (average link). */
  private static double averageLink(Map<String, List<Claim>> a, Map<String, List<Claim>> b, ClaimSimilarity vectors) {
    double sum = 0;
    for (List<Claim> x : a.values()) {
      for (List<Claim> y : b.values()) {
        sum += vectors.similarity(x.get(0), y.get(0));
      }
    }
    return sum / (a.size() * b.size());
  }

  /** The same key for a pair of groups in either order (groups are compared by identity). */
  private static String pairKey(List<Claim> a, List<Claim> b) {
    String x = a.get(0).id();
    String y = b.get(0).id();
    return x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x;
  }

  private static List<List<Claim>> repeats(List<Claim> claims, ClaimSimilarity vectors) {
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim claim : claims) {
      List<Claim> home = groups.stream()
          .filter(g -> outlet(g).equals(claim.outlet()) && vectors.similarity(g.get(0), claim) >= REPEAT_THRESHOLD)
          .findFirst().orElse(null);
      if (home == null) {
        groups.add(new ArrayList<>(List.of(claim)));
      } else {
        home.add(claim);
      }
    }
    return groups;
  }

  private static String outlet(List<Claim> group) {
    return group.get(0).outlet();
  }
}
