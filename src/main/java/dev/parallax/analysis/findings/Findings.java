package dev.parallax.analysis.findings;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The headline findings of a story, generated from the analyzers' tables (never canned text), ranked by what a briefing
 * needs first: a fact most outlets report and some leave out, a fact some state and others attribute or hedge,
 * conflicting details, whom each outlet quotes, wording shared from a common source, then what one outlet alone
 * reports, the quoting figures, hedging and tone. Each names every outlet it is about, and the sheet, the row and the
 * sentence that back it.
 */
public final class Findings {
  public static final String SHEET = "Findings";
  /** The key of the evidence row: a fact id, an actor, or a sentence id, found in the evidence sheet's rows. */
  public static final String EVIDENCE_ROW = "Evidence row";
  /** The words of an outlet's most quoted source finding: "X quotes P most often (n of its m …)". */
  public static final String MOST_OFTEN = " most often (";
  /** The words of a finding naming the people only one outlet quotes: "X quotes 4 people no other outlet names: …". */
  public static final String PEOPLE_NO_OTHER_OUTLET_NAMES = " people no other outlet names: ";
  private static final List<FindingRule> RULES = List.of(
      new BlocFindings(), new FactFindings(), new SourceFindings(), new ReuseFindings(), new FigureFindings(), new HedgeFindings(),
      new ActorFindings());
  private static final int MAX_FINDINGS = 25;
  /**
   * Each further finding of the same kind ranks a little lower, so that the first screen shows the different ways
   * the outlets differ rather than twenty omissions in a row.
   */
  private static final double SAME_KIND_DISCOUNT = 0.9;

  private record Ranked(Finding finding, double score) {
  }

  private Findings() {
  }

  public static ResultSheet of(ParsedStory story, List<AnalysisResult> results) {
    Evidence evidence = new Evidence(story, results);
    List<Ranked> candidates = new ArrayList<>();
    for (FindingRule rule : RULES) {
      List<Finding> found = rule.find(evidence).stream()
          .sorted(Comparator.comparingDouble(Finding::separation).reversed()).toList();
      for (int i = 0; i < found.size(); i++) {
        candidates.add(new Ranked(found.get(i), found.get(i).separation() * Math.pow(SAME_KIND_DISCOUNT, i)));
      }
    }
    List<Finding> ranked = candidates.stream().sorted(Comparator.comparingDouble(Ranked::score).reversed())
        .limit(MAX_FINDINGS).map(Ranked::finding).toList();
    Table table = Table.create(SHEET, IntColumn.create("Rank"), StringColumn.create("Finding"),
        DoubleColumn.create("Separation"), StringColumn.create("Outlet"), StringColumn.create("Evidence sheet"),
        StringColumn.create(EVIDENCE_ROW), StringColumn.create("Sentence"));
    for (int i = 0; i < ranked.size(); i++) {
      Finding finding = ranked.get(i);
      table.intColumn("Rank").append(i + 1);
      table.stringColumn("Finding").append(finding.text());
      table.doubleColumn("Separation").append(finding.separation());
      table.stringColumn("Outlet").append(finding.outlet());
      table.stringColumn("Evidence sheet").append(finding.sheet());
      table.stringColumn(EVIDENCE_ROW).append(finding.key());
      table.stringColumn("Sentence").append(finding.sentence());
    }
    return new ResultSheet(table, "The headline findings, generated from the other sheets and ranked by what a "
        + "briefing needs first (omissions, stated against attributed or hedged, conflicts, sources, shared wording, "
        + "then single-outlet facts, figures, hedging, tone); Separation is that weight. Each names the outlets it is "
        + "about and links to the row of its evidence (the fact, actor or sentence) and to its sentence.");
  }
}
