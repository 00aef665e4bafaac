package dev.parallax.analysis.findings;

import dev.parallax.analysis.hedging.HedgingAnalyzer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * The outlet's own doubt in a sentence, from the Hedging sheet: a cue in the author's voice that is neither an
 * approximator ("nearly five years" rounds a figure, it does not doubt the fact) nor an evidential that names its
 * source ("selon le ministère" attributes).
 */
public final class HedgeCues {
  static final String SHEET = "Hedging";
  static final Set<String> NOT_DOUBT = Set.of("approximator", "evidential");
  /** Doubt about a whole statement; a modal ("buildings that might be unstable") often qualifies a part of it. */
  static final Set<String> DOUBT_OF_FACT = Set.of("conditional", "epistemic");
  private final Map<String, String> firstCue = new HashMap<>();
  private final Map<String, String> firstDoubtOfFact = new HashMap<>();

  HedgeCues(Evidence evidence) {
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Sentence", "Cue", "Category", "Voice")).ifPresent(hedges -> {
      for (int r = 0; r < hedges.rowCount(); r++) {
        if (isOwnDoubt(hedges, r)) {
          firstCue.putIfAbsent(hedges.column("Sentence").getString(r), hedges.stringColumn("Cue").get(r));
          if (DOUBT_OF_FACT.contains(hedges.stringColumn("Category").get(r))) {
            firstDoubtOfFact.putIfAbsent(hedges.column("Sentence").getString(r), hedges.stringColumn("Cue").get(r));
          }
        }
      }
    });
  }

  Optional<String> ownDoubt(String sentenceId) {
    return Optional.ofNullable(firstCue.get(sentenceId));
  }

  Optional<String> doubtOfFact(String sentenceId) {
    return Optional.ofNullable(firstDoubtOfFact.get(sentenceId));
  }

  /**
   * The rows of the hedges the own-voice ranking counts: the outlet's own doubt of a whole statement (a conditional
   * or epistemic word), not inside a clause it reports as a source's ("Les analystes estiment que la BCE ne changera
   * probablement pas…": the doubt is the analysts'; "X a dit qu'il pourrait…": the conditional of reported speech).
   * The briefing deck draws the ranking's chart and evidence from the same rows.
   *
   * @param attribution the Attribution sheet, whose indirect statements are the reported clauses
   */
  public static Set<Integer> ownDoubtsOfFact(Table hedges, Optional<Table> attribution) {
    Map<String, List<String>> reported = new HashMap<>();
    attribution.filter(t -> t.columnNames().containsAll(List.of("Sentence", "Kind", "Quote"))).ifPresent(t -> {
      for (int r = 0; r < t.rowCount(); r++) {
        if (t.stringColumn("Kind").get(r).equals("indirect")) {
          reported.computeIfAbsent(t.column("Sentence").getString(r), k -> new ArrayList<>())
              .add(t.stringColumn("Quote").get(r).toLowerCase(Locale.ROOT));
        }
      }
    });
    Set<Integer> rows = new LinkedHashSet<>();
    for (int r = 0; r < hedges.rowCount(); r++) {
      String cue = hedges.stringColumn("Cue").get(r).toLowerCase(Locale.ROOT);
      Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(cue) + "(?!\\p{L})");
      boolean inReportedClause = reported.getOrDefault(hedges.column("Sentence").getString(r), List.of()).stream()
          .anyMatch(clause -> word.matcher(clause).find());
      if (isOwnDoubt(hedges, r) && DOUBT_OF_FACT.contains(hedges.stringColumn("Category").get(r))
          && !inReportedClause) {
        rows.add(r);
      }
    }
    return rows;
  }

  static boolean isOwnDoubt(Table hedges, int r) {
    return hedges.stringColumn("Voice").get(r).equals("author")
        && !NOT_DOUBT.contains(hedges.stringColumn("Category").get(r))
        && !(hedges.columnNames().contains(HedgingAnalyzer.SOURCE)
            && hedges.stringColumn(HedgingAnalyzer.SOURCE).get(r).startsWith(HedgingAnalyzer.NAMES_SOURCE));
  }
}
