package dev.parallax.report.deck;

import dev.parallax.analysis.findings.Findings;
import dev.parallax.analysis.findings.HedgeCues;
import dev.parallax.analysis.findings.HedgeFindings;
import dev.parallax.analysis.hedging.HedgingAnalyzer;
import dev.parallax.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * The evidence of a finding, read from the row it names in its evidence sheet: the sentences of a fact, the statements
 * of a source, the hedges of a kind, the sentences an outlet quotes most words in, the mentions of an actor, the
 * passages two outlets share. The finding's own sentence comes first, then the outlets it names, then the others.
 */
final class FindingEvidence {
  private final StoryTables tables;

  FindingEvidence(StoryTables tables) {
    this.tables = tables;
  }

  List<Evidence> of(TopFinding finding) {
    List<Evidence> lines = switch (finding.sheet()) {
      case "Facts" -> facts(finding.key());
      case "Attribution" -> statements(finding);
      case "Hedging" -> hedges(finding);
      case "Sentences" -> quotedSentences(finding);
      case "Actors" -> mentions(finding);
      case "Reuse" -> passages(finding);
      default -> List.of();
    };
    if (lines.isEmpty() && !finding.sentence().isEmpty()) {
      lines = List.of(sentence(finding.sentence(), ""));
    }
    return ordered(lines, finding);
  }

  private List<Evidence> facts(String fact) {
    List<Evidence> lines = new ArrayList<>();
    tables.sheet("Facts").ifPresent(facts -> {
      for (int r = 0; r < facts.rowCount(); r++) {
        if (!StoryTables.cell(facts, r, "Fact").equals(fact)) {
          continue;
        }
        for (String outlet : tables.outlets()) {
          String status = StoryTables.cell(facts, r, outlet);
          String id = StoryTables.cell(facts, r, outlet + " sentence");
          if (!id.isEmpty() && !status.equals("absent")) {
            String note = StoryTables.cell(facts, r, outlet + " note");
            lines.add(sentence(id, status + (note.isEmpty() ? "" : ", " + note)));
          }
        }
      }
    });
    return lines;
  }

  private List<Evidence> statements(TopFinding finding) {
    List<Evidence> lines = new ArrayList<>();
    tables.sheet("Attribution").ifPresent(attribution -> {
      String speaker = speakerAt(attribution, finding.key());
      // "X quotes 4 people no other outlet names: P (2 times), Q (once)…" rests on the statements of each of them.
      int named = finding.text().indexOf(Findings.PEOPLE_NO_OTHER_OUTLET_NAMES);
      String people = named < 0 ? ""
          : finding.text().substring(named + Findings.PEOPLE_NO_OTHER_OUTLET_NAMES.length()).toLowerCase(Locale.ROOT);
      List<Evidence> later = new ArrayList<>();
      Set<String> shown = new HashSet<>();
      for (int r = 0; r < attribution.rowCount(); r++) {
        String name = name(StoryTables.cell(attribution, r, "Speaker"));
        // The statements of the outlets the finding names: "X quotes P most often" rests on X's, not on another's.
        if ((!speaker.isEmpty() && name.equals(speaker) || !name.isEmpty() && people.contains(name + " ("))
            && finding.outlets().contains(StoryTables.cell(attribution, r, "Outlet"))) {
          // One statement of each person first: the slide's few lines then show everyone the finding names.
          (shown.add(name) ? lines : later).add(new Evidence(StoryTables.cell(attribution, r, "Outlet"),
              StoryTables.cell(attribution, r, "Sentence"), StoryTables.cell(attribution, r, "Quote"),
              StoryTables.cell(attribution, r, "Kind") + " quote, " + StoryTables.cell(attribution, r, "Speaker")));
        }
      }
      lines.addAll(later);
    });
    return lines;
  }

  private List<Evidence> hedges(TopFinding finding) {
    List<Evidence> lines = new ArrayList<>();
    tables.sheet("Hedging").ifPresent(hedges -> {
      String category = hedgeCategory(hedges, finding);
      // One line a sentence, with every cue of the kind it holds.
      Map<String, List<String>> cues = new LinkedHashMap<>();
      Map<String, Integer> firstRow = new LinkedHashMap<>();
      java.util.Set<Integer> counted = countedRows(finding, hedges, category, tables.sheet("Attribution"));
      for (int r = 0; r < hedges.rowCount(); r++) {
        if (counted.contains(r) && finding.outlets().contains(StoryTables.cell(hedges, r, "Outlet"))) {
          String id = StoryTables.cell(hedges, r, "Sentence");
          firstRow.putIfAbsent(id, r);
          cues.computeIfAbsent(id, k -> new ArrayList<>()).add("“" + StoryTables.cell(hedges, r, "Cue") + "”");
        }
      }
      for (var entry : firstRow.entrySet()) {
        int r = entry.getValue();
        lines.add(new Evidence(StoryTables.cell(hedges, r, "Outlet"), entry.getKey(),
            StoryTables.cell(hedges, r, "Text"), (isHedgeRanking(finding) ? StoryTables.cell(hedges, r, "Category")
            : category) + ": " + String.join(", ", cues.get(entry.getKey()))));
      }
    });
    return lines;
  }

  private List<Evidence> quotedSentences(TopFinding finding) {
    List<Evidence> lines = new ArrayList<>();
    for (String outlet : finding.outlets()) {
      tables.sentencesOf(outlet).stream().filter(s -> s.quotedWordCount() > 0)
          .sorted(Comparator.comparingInt(Sentence::quotedWordCount).reversed())
          .forEach(s -> lines.add(new Evidence(outlet, s.id(), s.text(), s.quotedWordCount() + " words quoted")));
    }
    return lines;
  }

  private List<Evidence> mentions(TopFinding finding) {
    List<Evidence> lines = new ArrayList<>();
    tables.sheet("Actor mentions").ifPresent(mentions -> {
      Map<String, Boolean> seen = new LinkedHashMap<>();
      for (int r = 0; r < mentions.rowCount(); r++) {
        String id = StoryTables.cell(mentions, r, "Sentence");
        if (StoryTables.cell(mentions, r, "Actor").equals(finding.key())
            && finding.outlets().contains(StoryTables.cell(mentions, r, "Outlet")) && seen.put(id, true) == null) {
          lines.add(sentence(id, "names " + finding.key()));
        }
      }
    });
    return lines;
  }

  private List<Evidence> passages(TopFinding finding) {
    List<Evidence> lines = new ArrayList<>();
    tables.sheet("Reuse").ifPresent(reuse -> {
      for (int r = 0; r < reuse.rowCount(); r++) {
        String outlet = StoryTables.cell(reuse, r, "Outlet");
        String with = StoryTables.cell(reuse, r, "Shared with");
        String other = with.contains("#") ? with.substring(0, with.lastIndexOf('#')) : with;
        if (finding.outlets().size() >= 2 && outlet.equals(finding.outlets().get(0))
            && other.equals(finding.outlets().get(1))) {
          lines.add(new Evidence(outlet, StoryTables.cell(reuse, r, "Sentence"),
              StoryTables.cell(reuse, r, "Passage"), "shared with " + with));
        }
      }
    });
    return lines;
  }

  private Evidence sentence(String id, String note) {
    String outlet = outletOf(id).orElse("");
    return new Evidence(outlet, id, tables.words(id), note);
  }

  /** The finding's own sentence first, then the lines of the outlets it names, then the rest, each in table order. */
  private static List<Evidence> ordered(List<Evidence> lines, TopFinding finding) {
    List<Evidence> ordered = new ArrayList<>(lines);
    ordered.sort(Comparator.comparingInt(line -> line.sentenceId().equals(finding.sentence()) ? 0
        : finding.outlets().contains(line.outlet()) ? 1 : 2));
    return ordered;
  }

  /** The speaker of the first statement in the sentence, by name (as the findings group a source's statements). */
  static String speakerAt(Table attribution, String sentenceId) {
    for (int r = 0; r < attribution.rowCount(); r++) {
      if (StoryTables.cell(attribution, r, "Sentence").equals(sentenceId)
          && !StoryTables.cell(attribution, r, "Source type").equals("none")) {
        return name(StoryTables.cell(attribution, r, "Speaker"));
      }
    }
    return "";
  }

  /** "Christine Lagarde, présidente" and "Christine Lagarde" are one source. */
  static String name(String speaker) {
    int comma = speaker.indexOf(',');
    return (comma < 0 ? speaker : speaker.substring(0, comma)).strip().replaceAll("[’']s$", "")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The kind of hedge a hedging finding is about: the one its words name ("… with the epistemic (2×: …"), among the
   * kinds of its sentence's hedges (a sentence can hold an approximator before the epistemic cue the finding counts);
   * the sentence's first kind when the words name none.
   */
  static String hedgeCategory(Table hedges, TopFinding finding) {
    String first = "";
    for (int r = 0; r < hedges.rowCount(); r++) {
      if (StoryTables.cell(hedges, r, "Sentence").equals(finding.key())) {
        String category = StoryTables.cell(hedges, r, "Category");
        if (finding.text().contains(" with the " + category + " (")) {
          return category;
        }
        first = first.isEmpty() ? category : first;
      }
    }
    return first;
  }

  /** The own-voice hedging ranking ("X hedges most in its own voice: …"). */
  static boolean isHedgeRanking(TopFinding finding) {
    return finding.text().contains(HedgeFindings.RANKING);
  }

  /** The Hedging rows the finding counts: the ranking's own doubts of a fact, or the finding's kind in own voice. */
  static java.util.Set<Integer> countedRows(TopFinding finding, Table hedges, String category,
                                            Optional<Table> attribution) {
    if (isHedgeRanking(finding)) {
      return HedgeCues.ownDoubtsOfFact(hedges, attribution);
    }
    java.util.Set<Integer> rows = new java.util.LinkedHashSet<>();
    for (int r = 0; r < hedges.rowCount(); r++) {
      if (ownVoice(hedges, r) && StoryTables.cell(hedges, r, "Category").equals(category)) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** A hedge in the outlet's own voice that does not name its source: the hedges the findings count. */
  static boolean ownVoice(Table hedges, int r) {
    return StoryTables.cell(hedges, r, "Voice").equals("author")
        && !StoryTables.cell(hedges, r, HedgingAnalyzer.SOURCE).startsWith(HedgingAnalyzer.NAMES_SOURCE);
  }

  static Optional<String> outletOf(String sentenceId) {
    int hash = sentenceId.lastIndexOf('#');
    return hash < 0 ? Optional.empty() : Optional.of(sentenceId.substring(0, hash));
  }
}
