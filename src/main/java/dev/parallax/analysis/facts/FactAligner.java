package dev.parallax.analysis.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims into facts. First, claims of one outlet that say the same thing again (similarity at least
 * {@link #REPEAT_THRESHOLD}) become one group, led by the earliest. Then groups of different outlets are joined
 * greedily, most similar pair first, when their similarity reaches the threshold: a fact holds at most one group
 * per outlet, each group belongs to one fact, and a group joins a fact only if it is similar enough to every group
 * already in it. Groups left alone are facts only their outlet reports.
 */
final class FactAligner {
  static final double REPEAT_THRESHOLD = 0.5;

  private final double threshold;

  FactAligner(double threshold) {
    this.threshold = threshold;
  }

  private record Edge(List<Claim> a, List<Claim> b, double similarity) {
  }

  List<FactCluster> align(List<Claim> claims, TermVectors vectors) {
    List<List<Claim>> groups = repeats(claims, vectors);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        List<Claim> a = groups.get(i);
        List<Claim> b = groups.get(j);
        double similarity = vectors.similarity(a.get(0), b.get(0));
        if (!outlet(a).equals(outlet(b)) && similarity >= threshold) {
          edges.add(new Edge(a, b, similarity));
        }
      }
    }
    edges.sort(Comparator.comparingDouble(Edge::similarity).reversed());
    // Two groups are similar enough exactly when an edge joins them: fits() asks this set, not the vectors again.
    Map<List<Claim>, Set<List<Claim>>> neighbours = new IdentityHashMap<>();
    for (Edge edge : edges) {
      neighbours.computeIfAbsent(edge.a(), g -> Collections.newSetFromMap(new IdentityHashMap<>())).add(edge.b());
      neighbours.computeIfAbsent(edge.b(), g -> Collections.newSetFromMap(new IdentityHashMap<>())).add(edge.a());
    }
    Map<List<Claim>, Map<String, List<Claim>>> factOf = new IdentityHashMap<>();
    List<Map<String, List<Claim>>> facts = new ArrayList<>();
    for (Edge edge : edges) {
      join(edge, factOf, facts, neighbours);
    }
    for (List<Claim> group : groups) {
      if (!factOf.containsKey(group)) {
        Map<String, List<Claim>> alone = new LinkedHashMap<>();
        alone.put(outlet(group), group);
        facts.add(alone);
      }
    }
    return facts.stream().map(FactCluster::new).toList();
  }

  private void join(Edge edge, Map<List<Claim>, Map<String, List<Claim>>> factOf,
                    List<Map<String, List<Claim>>> facts, Map<List<Claim>, Set<List<Claim>>> neighbours) {
    Map<String, List<Claim>> factA = factOf.get(edge.a());
    Map<String, List<Claim>> factB = factOf.get(edge.b());
    if (factA == null && factB == null) {
      Map<String, List<Claim>> fact = new LinkedHashMap<>();
      fact.put(outlet(edge.a()), edge.a());
      fact.put(outlet(edge.b()), edge.b());
      facts.add(fact);
      factOf.put(edge.a(), fact);
      factOf.put(edge.b(), fact);
    } else if (factA != null && factB == null && fits(edge.b(), factA, neighbours)) {
      factA.put(outlet(edge.b()), edge.b());
      factOf.put(edge.b(), factA);
    } else if (factB != null && factA == null && fits(edge.a(), factB, neighbours)) {
      factB.put(outlet(edge.a()), edge.a());
      factOf.put(edge.a(), factB);
    }
  }

  private static boolean fits(List<Claim> group, Map<String, List<Claim>> fact,
                              Map<List<Claim>, Set<List<Claim>>> neighbours) {
    Set<List<Claim>> similar = neighbours.getOrDefault(group, Set.of());
    return !fact.containsKey(outlet(group)) && fact.values().stream().allMatch(similar::contains);
  }

  private static List<List<Claim>> repeats(List<Claim> claims, TermVectors vectors) {
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
