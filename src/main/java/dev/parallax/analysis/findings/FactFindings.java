package dev.parallax.analysis.findings;

import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * From the Facts sheet, in the order a briefing needs them: a fact most outlets report and some leave out; a fact some
 * state and others attribute or hedge; conflicting details; a fact only one outlet reports. A claim that an outlet
 * does not report a fact is made only when nothing of that outlet comes near it (see {@link Nearness}).
 */
final class FactFindings implements FindingRule {
  static final String SHEET = "Facts";
  private static final double OMISSION = 0.95;
  private static final double STANCE = 0.9;
  /** Below the sources: a date or number the conflict finder reads in two different clauses is no conflict. */
  private static final double CONFLICT = 0.65;
  private static final double ONLY = 0.7;
  /** At least this many outlets, and at least half of them, make a fact "most outlets report". */
  private static final int MIN_MAJORITY = 3;
  private static final int SUMMARY_CHARS = 110;

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Fact", "Summary")).ifPresent(facts -> {
      Nearness nearness = new Nearness(evidence, facts);
      HedgeCues cues = new HedgeCues(evidence);
      for (int r = 0; r < facts.rowCount(); r++) {
        findings.addAll(row(facts, r, evidence, nearness, cues));
      }
    });
    return findings;
  }

  private static List<Finding> row(Table facts, int r, Evidence evidence, Nearness nearness, HedgeCues cues) {
    String fact = facts.stringColumn("Fact").get(r);
    Map<String, String> reporting = new LinkedHashMap<>();
    for (String outlet : evidence.outlets()) {
      String status = cell(facts, r, outlet);
      if (!status.isEmpty() && !status.equals("absent")) {
        reporting.put(outlet, status);
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (reporting.isEmpty()) {
      return findings;
    }
    String first = reporting.keySet().iterator().next();
    String firstSentence = cell(facts, r, first + " sentence");
    Optional<Sentence> lead = evidence.sentence(firstSentence);
    boolean statement = lead.map(Reportable::isStatement).orElse(false);
    String summary = quote(facts.stringColumn("Summary").get(r));
    int outlets = evidence.outlets().size();
    if (reporting.size() == 1 && outlets > 1 && statement && nearness.nobodyElseNear(r, first, firstSentence)) {
      findings.add(new Finding("Only " + first + " reports " + summary, ONLY, List.of(first), SHEET, fact,
          firstSentence));
    }
    if (reporting.size() >= MIN_MAJORITY && 2 * reporting.size() >= outlets && statement && nearness.sure(r)) {
      List<String> leftOut = evidence.outlets().stream().filter(o -> !reporting.containsKey(o))
          .filter(o -> nearness.leavesOut(r, o, reporting.keySet())).toList();
      if (!leftOut.isEmpty()) {
        findings.add(new Finding(reporting.size() + " of " + outlets + " outlets report " + summary + "; "
            + Names.join(leftOut) + (leftOut.size() == 1 ? " does" : " do") + " not", OMISSION * share(reporting.size(),
            outlets), leftOut, SHEET, fact, firstSentence));
      }
    }
    if (reporting.size() >= 2 && nearness.sure(r)) {
      stance(facts, r, reporting, cues, fact, summary, evidence).ifPresent(findings::add);
    }
    String conflict = betweenOutlets(cell(facts, r, "Conflict"));
    List<String> conflicting = conflicting(evidence, fact, reporting.keySet());
    if (!conflict.isEmpty() && nearness.sure(r) && conflicting.size() >= 2 && conflicting.stream()
        .allMatch(o -> conflicting.stream().allMatch(p -> o.equals(p) || sameFact(facts, r, o, p, evidence)))) {
      findings.add(new Finding("Conflicting details on " + summary + ": " + conflict,
          CONFLICT, conflicting, SHEET, fact, firstSentence));
    }
    return findings;
  }

  /**
   * Some outlets state the fact, others attribute it to a source or hedge it in their own voice. Only outlets of one
   * language are set against each other: a lexical alignment across languages is too loose to say "the same fact".
   */
  private static Optional<Finding> stance(Table facts, int r, Map<String, String> reporting, HedgeCues cues,
                                          String fact, String summary, Evidence evidence) {
    List<String> stated = new ArrayList<>();
    List<String> qualified = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Map<String, String> sourceOf = new LinkedHashMap<>();
    for (var entry : reporting.entrySet()) {
      String outlet = entry.getKey();
      String sentence = cell(facts, r, outlet + " sentence");
      String note = cell(facts, r, outlet + " note");
      if (entry.getValue().equals("attributed") && note.startsWith("to ") && Names.isNamed(note.substring(3))) {
        qualified.add(outlet);
        sourceOf.put(outlet, note.substring(3));
        parts.add(outlet + " attributes it to " + note.substring(3));
      } else if (entry.getValue().startsWith("hedged") && cues.doubtOfFact(sentence).isPresent()) {
        qualified.add(outlet);
        parts.add(outlet + " hedges it (“" + cues.doubtOfFact(sentence).get() + "”)");
      } else if (entry.getValue().equals("stated")) {
        stated.add(outlet);
      }
    }
    List<String> statedBefore = List.copyOf(stated);
    stated.removeIf(o -> qualified.stream().noneMatch(q -> contrast(facts, r, o, q, sourceOf.get(q), evidence)));
    for (int i = qualified.size() - 1; i >= 0; i--) {
      String q = qualified.get(i);
      if (statedBefore.stream().noneMatch(o -> contrast(facts, r, o, q, sourceOf.get(q), evidence))) {
        qualified.remove(i);
        parts.remove(i);
      }
    }
    if (stated.isEmpty() || qualified.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = new ArrayList<>(qualified);
    named.addAll(stated);
    return Optional.of(new Finding(summary + ": " + String.join("; ", parts) + "; " + Names.join(stated)
        + (stated.size() == 1 ? " states" : " state") + " it as fact", STANCE, named, SHEET, fact,
        cell(facts, r, qualified.get(0) + " sentence")));
  }

  /**
   * An outlet that states the fact set against one that attributes it (or hedges it): the same fact, stated in the
   * outlet's own words (not a sentence wholly inside a quotation), by a sentence that does not name the source itself
   * ("Macky Sall congratulated Faye" against "Sall said on X: “I congratulate…”" are both Sall's act, the one told,
   * the other quoted).
   */
  private static boolean contrast(Table facts, int r, String stating, String qualifying, String source,
                                  Evidence evidence) {
    Optional<Sentence> stated = evidence.sentence(cell(facts, r, stating + " sentence"));
    if (!sameFact(facts, r, stating, qualifying, evidence)
        || stated.map(s -> s.tokens().stream().filter(Token::isWord).allMatch(Token::quoted)).orElse(true)) {
      return false; // words all inside quotation marks are somebody's, not the outlet's own statement
    }
    if (source == null) {
      return true;
    }
    String[] words = source.strip().split("\\s+");
    String surname = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    return stated.get().tokens().stream().noneMatch(t -> t.lower().equals(surname));
  }

  /** Two outlets' evidence sentences of one language that share enough content words (see {@link Overlap}). */
  private static boolean sameFact(Table facts, int r, String outlet, String other, Evidence evidence) {
    if (!evidence.language(outlet).equals(evidence.language(other))) {
      return false;
    }
    Optional<Sentence> a = evidence.sentence(cell(facts, r, outlet + " sentence"));
    Optional<Sentence> b = evidence.sentence(cell(facts, r, other + " sentence"));
    return a.isPresent() && b.isPresent() && evidence.language(outlet)
        .map(language -> Overlap.sameFact(a.get(), b.get(), language)).orElse(false);
  }

  private static List<String> conflicting(Evidence evidence, String fact, Set<String> reporting) {
    List<String> outlets = evidence.sheet("Conflicts").filter(t -> Evidence.has(t, "Fact", "Outlet"))
        .map(t -> t.where(t.stringColumn("Fact").isEqualTo(fact)).stringColumn("Outlet").unique().asList())
        .orElse(List.of());
    return outlets.isEmpty() ? List.copyOf(reporting) : evidence.outlets().stream().filter(outlets::contains).toList();
  }

  /**
   * The conflicts between two outlets' resolved details: not a weekday the article's date cannot place, nor an
   * inconsistency inside one article (the Conflicts sheet keeps those for the analyst), nor a bare weekday against
   * another ("struggled Saturday" and "struck late on Friday" date two events of one sentence): a date conflict
   * the findings state is between written dates ("24 mars", "March 27").
   */
  static String betweenOutlets(String conflicts) {
    return java.util.Arrays.stream(conflicts.split(" \\| ")).filter(c -> !c.isBlank())
        .filter(c -> !c.contains("unresolved") && !c.contains(": Inside "))
        .filter(c -> !c.startsWith("date:") || WRITTEN.matcher(c).results().allMatch(m -> m.group(1).matches(".*\\d.*")))
        .collect(java.util.stream.Collectors.joining(" | "));
  }

  /** The detail as the outlet writes it, in the Conflict cell: gives "Saturday" = 2023-09-09. */
  private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("gives \"([^\"]*)\"");

  /** A fact most outlets report weighs more the more of them report it. */
  private static double share(int reporting, int outlets) {
    return 0.9 + 0.1 * reporting / outlets;
  }

  static String cell(Table facts, int r, String column) {
    return facts.columnNames().contains(column) ? facts.column(column).getString(r) : "";
  }

  static String quote(String text) {
    String trimmed = text.length() > SUMMARY_CHARS ? text.substring(0, SUMMARY_CHARS - 1) + "…" : text;
    return "“" + trimmed + "”";
  }
}
