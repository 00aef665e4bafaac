package dev.parallax.report.deck;

import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.findings.Findings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A finding of the Findings sheet as a slide shows it: its rank, its words, the sheet and row of its evidence, the
 * chart of its own data, and its evidence lines, the finding's own sentence first.
 */
record TopFinding(int rank, String text, List<String> outlets, String sheet, String key, String sentence,
                  Optional<ChartSpec> chart, List<Evidence> evidence) {
  /** The deck shows at most this many findings, in the Findings sheet's order. */
  static final int MAX = 10;

  TopFinding {
    outlets = List.copyOf(outlets);
    evidence = List.copyOf(evidence);
  }

  /** The first findings of the Findings sheet (at most {@link #MAX}), each with its chart and evidence. */
  static List<TopFinding> of(StoryTables tables) {
    Table findings = tables.report().findings().table();
    FindingCharts charts = new FindingCharts(tables);
    FindingEvidence evidence = new FindingEvidence(tables);
    List<TopFinding> top = new ArrayList<>();
    for (int r = 0; r < Math.min(MAX, findings.rowCount()); r++) {
      String text = findings.stringColumn("Finding").get(r);
      List<String> outlets = Arrays.stream(findings.stringColumn("Outlet").get(r).split(", "))
          .filter(o -> !o.isBlank()).toList();
      String sheet = findings.stringColumn("Evidence sheet").get(r);
      String key = findings.stringColumn(Findings.EVIDENCE_ROW).get(r);
      String sentence = findings.stringColumn("Sentence").get(r);
      int rank = findings.intColumn("Rank").get(r);
      TopFinding bare = new TopFinding(rank, text, outlets, sheet, key, sentence, Optional.empty(), List.of());
      top.add(new TopFinding(rank, text, outlets, sheet, key, sentence, charts.of(bare), evidence.of(bare)));
    }
    return top;
  }
}
