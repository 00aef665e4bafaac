package dev.parallax.analysis.facts;

import dev.parallax.corpus.AlignmentHint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fact as the outlets report it: per outlet, the claims that state it, the first being the outlet's evidence
 * (later ones repeat it, e.g. a lede the article later quotes from its source), and the analyst's hints that joined
 * any of them ({@code alignment.tsv}).
 */
public record FactCluster(Map<String, List<Claim>> claimsByOutlet, List<AlignmentHint> hints) {

  public FactCluster {
    Map<String, List<Claim>> copy = new LinkedHashMap<>();
    claimsByOutlet.forEach((outlet, claims) -> copy.put(outlet, List.copyOf(claims)));
    claimsByOutlet = java.util.Collections.unmodifiableMap(copy);
    hints = List.copyOf(hints);
  }

  public FactCluster(Map<String, List<Claim>> claimsByOutlet) {
    this(claimsByOutlet, List.of());
  }

  public Optional<Claim> evidence(String outlet) {
    List<Claim> claims = claimsByOutlet.get(outlet);
    return claims == null || claims.isEmpty() ? Optional.empty() : Optional.of(claims.get(0));
  }

  public int outletCount() {
    return claimsByOutlet.size();
  }

  public List<Claim> claims() {
    return claimsByOutlet.values().stream().flatMap(List::stream).toList();
  }
}
