package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * With the analyst's blocs (outlets.tsv): a fact that a bloc reports and another bloc leaves out ("wires reports
 * “…” (3 of 3 outlets: AFP, Reuters, AP); Malian press does not (…)"). A bloc reports a fact when at least two of its
 * outlets and at least half of them do (the lexical alignment misses paraphrases, so "every outlet" would rarely
 * hold); a bloc leaves it out when it holds at least two outlets, none reports it and each has nothing near it
 * ({@link Nearness#leavesOut}, as for an omission by one outlet). The fact is a statement its evidence surely shares.
 * Ranked first: the analyst made the blocs to compare them.
 */
final class BlocFindings implements FindingRule {
  private static final double BLOC = 0.97;
  private static final int MIN_BLOC = 2;

  @Override
  public List<Finding> find(Evidence evidence) {
    Map<String, List<String>> blocs = evidence.blocs();
    List<Finding> findings = new ArrayList<>();
    if (blocs.values().stream().filter(b -> b.size() >= MIN_BLOC).count() < 2) { // nothing to set against
      return findings;
    }
    evidence.sheet(FactFindings.SHEET).filter(t -> Evidence.has(t, "Fact", "Summary")).ifPresent(facts -> {
      Nearness nearness = new Nearness(evidence, facts);
      for (int r = 0; r < facts.rowCount(); r++) {
        row(facts, r, evidence, blocs, nearness).ifPresent(findings::add);
      }
    });
    return findings;
  }

  private static Optional<Finding> row(Table facts, int r, Evidence evidence, Map<String, List<String>> blocs,
                                       Nearness nearness) {
    Set<String> reporting = new LinkedHashSet<>();
    for (String outlet : evidence.outlets()) {
      String status = FactFindings.cell(facts, r, outlet);
      if (!status.isEmpty() && !status.equals("absent")) {
        reporting.add(outlet);
      }
    }
    if (reporting.isEmpty() || !nearness.sure(r)) {
      return Optional.empty();
    }
    String first = reporting.iterator().next();
    String sentence = FactFindings.cell(facts, r, first + " sentence");
    if (!evidence.sentence(sentence).map(Reportable::isStatement).orElse(false)) {
      return Optional.empty();
    }
    List<String> reportingBlocs = new ArrayList<>();
    List<String> silentBlocs = new ArrayList<>();
    List<String> named = new ArrayList<>();
    List<String> silent = new ArrayList<>();
    for (var bloc : blocs.entrySet()) {
      List<String> outlets = bloc.getValue();
      if (outlets.size() < MIN_BLOC) {
        continue;
      }
      List<String> reported = outlets.stream().filter(reporting::contains).toList();
      if (reported.size() >= MIN_BLOC && 2 * reported.size() >= outlets.size()) {
        reportingBlocs.add(bloc.getKey() + " (" + reported.size() + " of " + outlets.size() + " outlets: "
            + String.join(", ", reported) + ")");
        named.addAll(reported);
      } else if (reported.isEmpty()
          && outlets.stream().allMatch(o -> nearness.leavesOut(r, o, reporting))) {
        silentBlocs.add(describe(bloc.getKey(), outlets));
        silent.addAll(outlets);
      }
    }
    if (reportingBlocs.isEmpty() || silentBlocs.isEmpty()) {
      return Optional.empty();
    }
    String text = Names.join(reportingBlocs) + (reportingBlocs.size() == 1 ? " reports " : " report ")
        + FactFindings.quote(facts.stringColumn("Summary").get(r)) + "; " + Names.join(silentBlocs)
        + (silentBlocs.size() == 1 ? " does" : " do") + " not";
    // The reporting outlets first: the evidence sentence is the first one's.
    String shown = FactFindings.cell(facts, r, named.get(0) + " sentence");
    named.addAll(silent);
    return Optional.of(new Finding(text, BLOC, named, FactFindings.SHEET, facts.stringColumn("Fact").get(r),
        shown.isEmpty() ? sentence : shown));
  }

  private static String describe(String bloc, List<String> outlets) {
    return bloc + " (" + String.join(", ", outlets) + ")";
  }
}
