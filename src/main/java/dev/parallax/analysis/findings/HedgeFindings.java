package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * From the Hedging sheet: a kind of hedge in the outlet's own voice, used at least twice, that some outlets use and
 * others never do. Only the outlet's own doubt counts (see {@link HedgeCues}): an evidential that names its source
 * ("selon le ministère") attributes, an approximator ("près de 20 ans") rounds, and a modal is as often ability
 * ("les banques peuvent se procurer") as doubt: only the conditional and epistemic words make the finding.
 */
final class HedgeFindings implements FindingRule {
  private static final String SHEET = HedgeCues.SHEET;
  /** Hedging ranks below what the facts and the sources show: one cue word is easily misread. */
  private static final double WEIGHT = 0.5;
  private static final int MIN_CUES = 2;

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Cue", "Category", "Voice"))
        .ifPresent(hedges -> {
          Map<String, Map<String, List<Integer>>> rowsByCategory = byCategoryAndOutlet(hedges);
          Set<String> hedging = outletsHedgingInTheirOwnVoice(hedges);
          rowsByCategory.forEach((category, byOutlet) -> {
            // "do not" is said only of outlets with no doubt of their own at all: an English "could" (modal) says
            // what a French "pourrait" (conditional) says.
            List<String> without = evidence.outlets().stream().filter(o -> !hedging.contains(o)).toList();
            if (without.isEmpty()) {
              return;
            }
            byOutlet.forEach((outlet, rows) -> {
              if (rows.size() >= MIN_CUES) {
                findings.add(finding(hedges, category, outlet, rows, without));
              }
            });
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
        + " not hedge in " + (without.size() == 1 ? "its" : "their") + " own voice";
    double separation = Math.min(WEIGHT, 0.3 + 0.05 * rows.size());
    String sentence = hedges.column("Sentence").getString(rows.get(0));
    List<String> named = new ArrayList<>(List.of(outlet));
    return new Finding(text, separation, named, SHEET, sentence, sentence);
  }

  private static Set<String> outletsHedgingInTheirOwnVoice(Table hedges) {
    Set<String> outlets = new LinkedHashSet<>();
    for (int r = 0; r < hedges.rowCount(); r++) {
      if (HedgeCues.isOwnDoubt(hedges, r)) {
        outlets.add(hedges.stringColumn("Outlet").get(r));
      }
    }
    return outlets;
  }

  private static Map<String, Map<String, List<Integer>>> byCategoryAndOutlet(Table hedges) {
    Map<String, Map<String, List<Integer>>> result = new LinkedHashMap<>();
    for (int r = 0; r < hedges.rowCount(); r++) {
      if (!HedgeCues.isOwnDoubt(hedges, r)
          || !HedgeCues.DOUBT_OF_FACT.contains(hedges.stringColumn("Category").get(r))) {
        continue;
      }
      result.computeIfAbsent(hedges.stringColumn("Category").get(r), c -> new LinkedHashMap<>())
          .computeIfAbsent(hedges.stringColumn("Outlet").get(r), o -> new ArrayList<>()).add(r);
    }
    return result;
  }
}
