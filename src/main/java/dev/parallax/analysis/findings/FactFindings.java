package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** From the Facts sheet: facts only one outlet reports, facts hedged by one and stated by another, conflicts. */
final class FactFindings implements FindingRule {
  private static final String SHEET = "Facts";

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Fact", "Summary")).ifPresent(facts -> {
      for (int r = 0; r < facts.rowCount(); r++) {
        findings.addAll(row(facts, r, evidence.outlets()));
      }
    });
    return findings;
  }

  private static List<Finding> row(Table facts, int r, List<String> outlets) {
    String summary = quote(facts.stringColumn("Summary").get(r));
    List<String> reporting = new ArrayList<>();
    List<String> hedging = new ArrayList<>();
    List<String> flat = new ArrayList<>();
    for (String outlet : outlets) {
      String status = facts.columnNames().contains(outlet) ? facts.column(outlet).getString(r) : "";
      if (!status.isEmpty() && !status.equals("absent")) {
        reporting.add(outlet);
        (status.startsWith("hedged") ? hedging : flat).add(outlet);
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (reporting.size() == 1 && outlets.size() > 1) {
      String outlet = reporting.get(0);
      findings.add(new Finding("Only " + outlet + " reports " + summary, 1.0, outlet, SHEET, sentence(facts, r, outlet)));
    }
    if (!hedging.isEmpty() && !flat.isEmpty()) {
      String outlet = hedging.get(0);
      findings.add(new Finding(String.join(", ", hedging) + " hedges " + summary + "; " + String.join(", ", flat)
          + " states it without a hedge", 0.85, outlet, SHEET, sentence(facts, r, outlet)));
    }
    if (facts.columnNames().contains("Conflict") && !facts.column("Conflict").getString(r).isBlank()) {
      String outlet = reporting.isEmpty() ? "" : reporting.get(0);
      findings.add(new Finding("Conflicting details on " + summary + ": " + facts.column("Conflict").getString(r),
          0.9, outlet, SHEET, outlet.isEmpty() ? "" : sentence(facts, r, outlet)));
    }
    return findings;
  }

  private static String sentence(Table facts, int r, String outlet) {
    String column = outlet + " sentence";
    return facts.columnNames().contains(column) ? facts.column(column).getString(r) : "";
  }

  private static String quote(String summary) {
    String trimmed = summary.length() > 110 ? summary.substring(0, 109) + "…" : summary;
    return "“" + trimmed + "”";
  }
}
