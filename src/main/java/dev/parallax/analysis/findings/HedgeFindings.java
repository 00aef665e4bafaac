package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * From the Hedging sheet: the outlet that doubts most in its own voice, per 1,000 words, and the runner-up. Only the
 * outlet's own doubt of a statement counts (see {@link HedgeCues}): an evidential that names its source ("selon le
 * ministère") attributes, an approximator ("près de 20 ans") rounds, and a modal is as often ability ("les banques
 * peuvent se procurer") as doubt: only conditional and epistemic words. One finding per story, and comparative: "the
 * other outlets do not hedge" was false whenever one hedge of one of twelve outlets was missed ("looks stubbornly
 * stuck", "was seen as"), which a ranking survives.
 */
public final class HedgeFindings implements FindingRule {
  private static final String SHEET = HedgeCues.SHEET;
  /** Hedging ranks below what the facts and the sources show: one cue word is easily misread. */
  private static final double WEIGHT = 0.5;
  private static final int MIN_CUES = 2;
  private static final int MAX_CUES_SHOWN = 4;
  /** What the ranking finding says, after the outlet's name: the deck knows the finding by it. */
  public static final String RANKING = " hedges most in its own voice: ";

  private record Doubt(String outlet, List<Integer> rows, double perThousandWords) {
  }

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Cue", "Category", "Voice"))
        .ifPresent(hedges -> {
          List<Doubt> ranked = ranked(evidence, hedges);
          if (!ranked.isEmpty() && ranked.get(0).rows().size() >= MIN_CUES) {
            findings.add(finding(hedges, ranked));
          }
        });
    return findings;
  }

  private static List<Doubt> ranked(Evidence evidence, Table hedges) {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    evidence.outlets().forEach(o -> rows.put(o, new ArrayList<>()));
    for (int r : HedgeCues.ownDoubtsOfFact(hedges, evidence.sheet("Attribution"))) {
      List<Integer> outletRows = rows.get(hedges.stringColumn("Outlet").get(r));
      if (outletRows != null) {
        outletRows.add(r);
      }
    }
    List<Doubt> doubts = new ArrayList<>();
    rows.forEach((outlet, r) -> {
      int words = evidence.wordCount(outlet);
      doubts.add(new Doubt(outlet, r, words == 0 ? 0 : 1000.0 * r.size() / words));
    });
    doubts.sort(Comparator.comparingDouble(Doubt::perThousandWords).reversed());
    return doubts;
  }

  private static Finding finding(Table hedges, List<Doubt> ranked) {
    Doubt top = ranked.get(0);
    Set<String> cues = new LinkedHashSet<>();
    top.rows().forEach(r -> cues.add("“" + hedges.stringColumn("Cue").get(r) + "”"));
    List<String> shown = new ArrayList<>(cues).subList(0, Math.min(MAX_CUES_SHOWN, cues.size()));
    Set<String> categories = new LinkedHashSet<>();
    top.rows().forEach(r -> categories.add(hedges.stringColumn("Category").get(r)));
    String text = top.outlet() + RANKING + top.rows().size() + " " + String.join(" or ",
        categories) + " words (" + String.join(", ", shown) + (cues.size() > shown.size() ? ", …" : "") + "), "
        + perThousand(top) + " per 1,000 words; " + next(ranked);
    double separation = Math.min(WEIGHT, 0.3 + 0.05 * top.rows().size());
    String sentence = hedges.column("Sentence").getString(top.rows().get(0));
    return new Finding(text, separation, List.of(top.outlet()), SHEET, sentence, sentence);
  }

  private static String next(List<Doubt> ranked) {
    if (ranked.size() < 2 || ranked.get(1).rows().isEmpty()) {
      return ranked.size() == 2 ? "none found in " + ranked.get(1).outlet() : "none found in the other outlets";
    }
    return "next: " + ranked.get(1).outlet() + " (" + perThousand(ranked.get(1)) + ")";
  }

  private static String perThousand(Doubt doubt) {
    return String.format(Locale.ROOT, "%.1f", doubt.perThousandWords());
  }
}
