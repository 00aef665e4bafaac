package dev.parallax.analysis.findings;

import java.util.List;

/**
 * One headline finding: a short sentence generated from a table, how much it matters to a briefing (0 to 1), the
 * outlets it names, and its evidence: the sheet, the key of the row that backs it there (a fact id, an actor, a
 * sentence id; empty for a finding that no single row backs) and the sentence it quotes.
 */
public record Finding(String text, double separation, List<String> outlets, String sheet, String key,
                      String sentence) {

  public Finding {
    outlets = List.copyOf(outlets);
  }

  /** Every outlet the finding names, as the Outlet cell shows them. */
  public String outlet() {
    return String.join(", ", outlets);
  }
}
