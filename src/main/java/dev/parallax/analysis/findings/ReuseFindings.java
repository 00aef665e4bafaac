package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** From the Reuse sheet: two outlets that share passages word for word, most likely from a common source. */
final class ReuseFindings implements FindingRule {
  static final String SHEET = "Reuse";
  private static final double WEIGHT = 0.72;
  private static final int MIN_WORDS = 25;

  private record Shared(String outlet, String other, List<Integer> rows, int words) {
  }

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Shared with", "Words")).ifPresent(reuse -> {
      for (Shared shared : pairs(reuse, evidence.outlets())) {
        if (shared.words() >= MIN_WORDS) {
          String first = reuse.column("Sentence").getString(shared.rows().get(0));
          findings.add(new Finding(shared.outlet() + " and " + shared.other() + " share " + shared.rows().size()
              + (shared.rows().size() == 1 ? " passage" : " passages") + " word for word (" + shared.words()
              + " words), wording from a common source", WEIGHT * Math.min(1, shared.words() / 100.0 + 0.5),
              List.of(shared.outlet(), shared.other()), SHEET, first, first));
        }
      }
    });
    return findings;
  }

  /** Each pair of outlets once, in the story's order, with the passages the first shares with the second. */
  private static List<Shared> pairs(Table reuse, List<String> outlets) {
    Map<String, Shared> pairs = new LinkedHashMap<>();
    for (int r = 0; r < reuse.rowCount(); r++) {
      String outlet = reuse.stringColumn("Outlet").get(r);
      String with = reuse.column("Shared with").getString(r);
      String other = with.contains("#") ? with.substring(0, with.lastIndexOf('#')) : with;
      if (other.isEmpty() || other.equals(outlet) || outlets.indexOf(outlet) > outlets.indexOf(other)) {
        continue;
      }
      int words = ((Number) reuse.column("Words").get(r)).intValue();
      Shared before = pairs.get(outlet + "\t" + other);
      List<Integer> rows = before == null ? new ArrayList<>() : before.rows();
      rows.add(r);
      pairs.put(outlet + "\t" + other, new Shared(outlet, other, rows, (before == null ? 0 : before.words()) + words));
    }
    return List.copyOf(pairs.values());
  }
}
