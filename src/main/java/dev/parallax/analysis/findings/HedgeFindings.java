package dev.parallax.analysis.findings;

import dev.parallax.analysis.hedging.HedgingAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * From the Hedging sheet: a kind of hedge in the outlet's own voice that some outlets use and others never do. An
 * evidential that names its source ("selon le ministère") is attribution, not the outlet's own hedge, unless the
 * sentence also holds a hedge of the outlet that names no source.
 */
final class HedgeFindings implements FindingRule {
  private static final String SHEET = "Hedging";

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Cue", "Category", "Voice"))
        .ifPresent(hedges -> {
          Map<String, Map<String, List<Integer>>> rowsByCategory = byCategoryAndOutlet(hedges);
          rowsByCategory.forEach((category, byOutlet) -> {
            List<String> without = evidence.outlets().stream().filter(o -> !byOutlet.containsKey(o)).toList();
            if (without.isEmpty()) {
              return;
            }
            byOutlet.forEach((outlet, rows) -> findings.add(finding(hedges, category, outlet, rows, without)));
          });
        });
    return findings;
  }

  private static Finding finding(Table hedges, String category, String outlet, List<Integer> rows,
                                 List<String> without) {
    Set<String> cues = new LinkedHashSet<>();
    rows.forEach(r -> cues.add("“" + hedges.stringColumn("Cue").get(r) + "”"));
    String text = outlet + " hedges in its own voice with the " + category + " (" + rows.size() + "×: "
        + String.join(", ", cues) + "); " + String.join(", ", without) + (without.size() == 1 ? " does" : " do")
        + " not";
    double separation = Math.min(1.0, 0.6 + 0.1 * rows.size());
    return new Finding(text, separation, outlet, SHEET, hedges.column("Sentence").getString(rows.get(0)));
  }

  /** "selon le ministère" with no other hedge of the outlet in the sentence: attribution, not the outlet hedging. */
  private static boolean namesItsSourceOnly(Table hedges, int row) {
    return hedges.columnNames().contains(HedgingAnalyzer.SOURCE)
        && hedges.stringColumn(HedgingAnalyzer.SOURCE).get(row).equals(HedgingAnalyzer.NAMES_SOURCE);
  }

  private static Map<String, Map<String, List<Integer>>> byCategoryAndOutlet(Table hedges) {
    Map<String, Map<String, List<Integer>>> result = new LinkedHashMap<>();
    for (int r = 0; r < hedges.rowCount(); r++) {
      if (!hedges.stringColumn("Voice").get(r).equals("author") || namesItsSourceOnly(hedges, r)) {
        continue;
      }
      result.computeIfAbsent(hedges.stringColumn("Category").get(r), c -> new LinkedHashMap<>())
          .computeIfAbsent(hedges.stringColumn("Outlet").get(r), o -> new ArrayList<>()).add(r);
    }
    return result;
  }
}
