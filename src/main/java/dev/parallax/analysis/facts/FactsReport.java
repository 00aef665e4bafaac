package dev.parallax.analysis.facts;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.SentenceColumn;
import dev.parallax.corpus.AlignmentHint;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Turns the facts analyzer's findings into sheets, Summary figures, charts and method notes. */
final class FactsReport {
  static final String FACTS = "Facts";
  /** With blocs: how many outlets of each bloc report the fact. */
  static final String BLOCS = "Blocs";
  static final String CONFLICTS = "Conflicts";
  static final String REUSE = "Reuse";
  static final String LEFT_OUT = "Facts left out that most other outlets report";
  static final String ONLY_HERE = "Facts only this outlet reports";

  private final ParsedStory story;
  private final List<Fact> facts;
  private final StatusReader status;
  private final List<Conflict> conflicts;
  private Map<String, List<Conflict>> conflictsByFact;
  private final ReuseFinder.Result reuse;
  private final double threshold;
  private final List<String> similarityNotes;

  FactsReport(ParsedStory story, List<Fact> facts, StatusReader status, List<Conflict> conflicts,
              ReuseFinder.Result reuse, double threshold) {
    this(story, facts, status, conflicts, reuse, threshold, List.of());
  }

  /** @param similarityNotes method notes on how the similarity was computed beyond the lexical one (an encoder) */
  FactsReport(ParsedStory story, List<Fact> facts, StatusReader status, List<Conflict> conflicts,
              ReuseFinder.Result reuse, double threshold, List<String> similarityNotes) {
    this.story = story;
    this.facts = facts;
    this.status = status;
    this.conflicts = conflicts;
    this.reuse = reuse;
    this.threshold = threshold;
    this.similarityNotes = List.copyOf(similarityNotes);
  }

  AnalysisResult result() {
    return new AnalysisResult(FactsAnalyzer.ID, figures(),
        List.of(new ResultSheet(factsTable(), "One row per fact: its status in each outlet (stated, attributed, "
                + "hedged, absent), the outlet's evidence sentence (for an absent fact, the note names the outlet's "
                + "closest sentence and its similarity), the details the outlets disagree on, and Match, the lowest "
                + "similarity between two outlets' evidence (near the threshold: check the alignment), and Aligned by: "
                + "the similarity, or the analyst's lines of the story's alignment.tsv",
                Map.of("Match", Figure.Format.DECIMAL)),
            new ResultSheet(conflictsTable(), "One row per conflicting detail (date, number, place, actor) as an "
                + "outlet words it, with what it conflicts with"),
            new ResultSheet(reuseTable(), "One row per passage of " + FactsAnalyzer.REUSE_MIN_WORDS
                + " or more words an article shares with another article, or writes in its own voice and also "
                + "quotes from its source")),
        List.of(new SentenceColumn("Fact", factOfSentence())),
        List.of(matrix(), omissions()), methodNotes());
  }

  private Table factsTable() {
    Table table = Table.create(FACTS, StringColumn.create("Fact"), StringColumn.create("Summary"));
    Map<String, List<String>> blocs = story.blocs();
    if (!blocs.isEmpty()) {
      table.addColumns(StringColumn.create(BLOCS));
    }
    for (String outlet : story.outlets()) {
      table.addColumns(StringColumn.create(outlet), StringColumn.create(outlet + " sentence"),
          StringColumn.create(outlet + " note"));
    }
    table.addColumns(StringColumn.create("Conflict"), DoubleColumn.create("Match"), StringColumn.create("Aligned by"));
    for (Fact fact : facts) {
      table.stringColumn("Fact").append(fact.id());
      table.stringColumn("Summary").append(fact.summary());
      for (String outlet : story.outlets()) {
        Optional<Claim> evidence = fact.cluster().evidence(outlet);
        StatusReader.Status cell = evidence.map(c -> status.status(c.sentenceId()))
            .orElse(new StatusReader.Status(StatusReader.ABSENT, ""));
        table.stringColumn(outlet).append(cell.status());
        table.stringColumn(outlet + " sentence").append(evidence.map(Claim::sentenceId).orElse(""));
        table.stringColumn(outlet + " note").append(evidence.isPresent() ? cell.note() : closest(fact, outlet));
      }
      if (!blocs.isEmpty()) {
        table.stringColumn(BLOCS).append(blocsReporting(fact, blocs));
      }
      table.stringColumn("Conflict").append(conflictSummary(fact.id()));
      if (fact.match().isPresent()) {
        table.doubleColumn("Match").append(fact.match().getAsDouble());
      } else {
        table.doubleColumn("Match").appendMissing();
      }
      table.stringColumn("Aligned by").append(alignedBy(fact));
    }
    return table;
  }

  /** How many outlets of each bloc report the fact: "wires 3/3 · Moroccan press 0/4". */
  private static String blocsReporting(Fact fact, Map<String, List<String>> blocs) {
    return blocs.entrySet().stream().map(bloc -> bloc.getKey() + " " + bloc.getValue().stream()
        .filter(o -> fact.cluster().evidence(o).isPresent()).count() + "/" + bloc.getValue().size())
        .collect(Collectors.joining(" · "));
  }

  /**
   * For an absent cell: the outlet's closest sentence and why it did not join, so that the omission can be checked.
   * A sentence above the threshold joined another fact (a sentence is the evidence of one fact per outlet).
   */
  private String closest(Fact fact, String outlet) {
    Fact.Nearest nearest = fact.nearest().get(outlet);
    if (nearest == null) {
      return "no sentence of this outlet shares a word with it";
    }
    String sentence = nearest.claim().sentenceId();
    Optional<AlignmentHint> apart = keptApart(fact, nearest.claim());
    String why = apart.isPresent() ? "kept apart by " + apart.get().where()
        : nearest.similarity() < threshold
        ? String.format(Locale.ROOT, "below the threshold %.2f", threshold)
        : facts.stream().filter(f -> f != fact && f.cluster().claims().stream().anyMatch(c -> c.id().equals(nearest.claim().id()))).findFirst()
            .map(f -> "it reports " + f.id()).orElse("not joined");
    return String.format(Locale.ROOT, "closest: %s (similarity %.3f, %s)", sentence, nearest.similarity(), why);
  }

  /** Who put the outlets' sentences in one fact: the similarity, or the analyst's lines of alignment.tsv. */
  private static String alignedBy(Fact fact) {
    if (fact.cluster().outletCount() < 2) {
      return "";
    }
    if (fact.cluster().hints().isEmpty()) {
      return "similarity";
    }
    return fact.cluster().hints().stream().map(AlignmentHint::where).collect(Collectors.joining(", "));
  }

  /** The analyst's line that keeps the claim apart from one of the fact's evidence sentences, if any. */
  private Optional<AlignmentHint> keptApart(Fact fact, Claim claim) {
    List<String> evidence = story.outlets().stream().map(fact.cluster()::evidence).flatMap(Optional::stream)
        .map(Claim::sentenceId).toList();
    return story.alignment().stream().filter(h -> h.relation() == AlignmentHint.Relation.DIFFERENT)
        .filter(h -> h.sentence().equals(claim.sentenceId()) && evidence.contains(h.other())
            || h.other().equals(claim.sentenceId()) && evidence.contains(h.sentence()))
        .findFirst();
  }

  private String conflictSummary(String factId) {
    if (conflictsByFact == null) {
      conflictsByFact = conflicts.stream().collect(Collectors.groupingBy(Conflict::factId));
    }
    return conflictsByFact.getOrDefault(factId, List.of()).stream()
        .map(c -> c.kind().label() + ": " + c.note()).distinct().collect(Collectors.joining(" | "));
  }

  private Table conflictsTable() {
    Table table = Table.create(CONFLICTS, StringColumn.create("Fact"), StringColumn.create("Outlet"),
        StringColumn.create("Sentence"), StringColumn.create("Detail"), StringColumn.create("Kind"),
        StringColumn.create("Note"));
    for (Conflict conflict : conflicts) {
      table.stringColumn("Fact").append(conflict.factId());
      table.stringColumn("Outlet").append(conflict.outlet());
      table.stringColumn("Sentence").append(conflict.sentenceId());
      table.stringColumn("Detail").append(conflict.detail());
      table.stringColumn("Kind").append(conflict.kind().label());
      table.stringColumn("Note").append(conflict.note());
    }
    return table;
  }

  private Table reuseTable() {
    Table table = Table.create(REUSE, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Shared with"), StringColumn.create("Passage"), IntColumn.create("Words"));
    for (SharedPassage passage : reuse.passages()) {
      table.stringColumn("Outlet").append(passage.outlet());
      table.stringColumn("Sentence").append(passage.sentenceId());
      table.stringColumn("Shared with").append(passage.sharedWith());
      table.stringColumn("Passage").append(passage.passage());
      table.intColumn("Words").append(passage.words());
    }
    return table;
  }

  private List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    for (ParsedArticle article : story.articles()) {
      String outlet = article.outlet();
      figures.add(new Figure(outlet, "Facts reported", reported(outlet), Figure.Format.COUNT, FACTS));
      figures.add(new Figure(outlet, ONLY_HERE, onlyHere(outlet), Figure.Format.COUNT, FACTS));
      figures.add(new Figure(outlet, "Conflicts", conflicts.stream().filter(c -> c.outlet().equals(outlet)).count(),
          Figure.Format.COUNT, CONFLICTS));
      figures.add(new Figure(outlet, "Reused share", reusedShare(article), Figure.Format.PERCENT, REUSE));
    }
    return figures;
  }

  private long reported(String outlet) {
    return facts.stream().filter(f -> f.cluster().claimsByOutlet().containsKey(outlet)).count();
  }

  private long onlyHere(String outlet) {
    return story.articles().size() < 2 ? 0 : facts.stream()
        .filter(f -> f.cluster().outletCount() == 1 && f.cluster().claimsByOutlet().containsKey(outlet)).count();
  }

  /**
   * The facts the outlet leaves out that at least half of the other outlets report: a fact only one other outlet
   * reports is that outlet's own, and with fourteen outlets every outlet "left out" dozens of them, which said nothing.
   */
  private long leftOut(String outlet) {
    int others = story.outlets().size() - 1;
    return facts.stream().filter(f -> !f.cluster().claimsByOutlet().containsKey(outlet))
        .filter(f -> 2 * f.cluster().outletCount() >= others).count();
  }

  /** Words inside quotation marks or inside a shared passage, over all words: what the article did not write. */
  private double reusedShare(ParsedArticle article) {
    Set<Token> reused = Collections.newSetFromMap(new IdentityHashMap<>());
    reused.addAll(reuse.reusedWords().getOrDefault(article.outlet(), Set.of()));
    article.sentences().stream().flatMap(s -> s.tokens().stream()).filter(t -> t.isWord() && t.quoted())
        .forEach(reused::add);
    int words = article.wordCount();
    return words == 0 ? 0 : (double) reused.size() / words;
  }

  private ChartSpec matrix() {
    Table data = ChartData.create("facts-matrix");
    data.addColumns(StringColumn.create("Status"));
    for (Fact fact : facts) {
      for (String outlet : story.outlets()) {
        String cell = fact.cluster().evidence(outlet).map(c -> status.status(c.sentenceId()).status())
            .orElse(StatusReader.ABSENT);
        ChartData.add(data, fact.label(), outlet, 1);
        data.stringColumn("Status").append(cell);
      }
    }
    return new ChartSpec("facts-matrix", "Which outlet reports which fact, and how: stated, attributed to a "
        + "source, hedged, or absent", "Fact", "Outlet", ChartSpec.Kind.MATRIX, data);
  }

  private ChartSpec omissions() {
    Table data = ChartData.create("facts-omissions");
    for (String outlet : story.outlets()) {
      ChartData.add(data, LEFT_OUT, outlet, leftOut(outlet));
      ChartData.add(data, ONLY_HERE, outlet, onlyHere(outlet));
    }
    return new ChartSpec("facts-omissions", "Facts each outlet leaves out that most other outlets report, and facts "
        + "only it reports", "", "Facts", ChartSpec.Kind.GROUPED_BARS, data);
  }



  private Map<String, Object> factOfSentence() {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (Fact fact : facts) {
      for (Claim claim : fact.cluster().claims()) {
        ids.computeIfAbsent(claim.sentenceId(), k -> new LinkedHashSet<>()).add(fact.id());
      }
    }
    Map<String, Object> column = new LinkedHashMap<>();
    for (Sentence sentence : story.sentences()) {
      if (ids.containsKey(sentence.id())) {
        column.put(sentence.id(), String.join(", ", ids.get(sentence.id())));
      }
    }
    return column;
  }

  private List<String> methodNotes() {
    List<String> notes = new ArrayList<>(FactsMethod.notes(threshold));
    notes.addAll(similarityNotes);
    story.alignment().forEach(hint -> notes.add("Facts: " + hint.where() + ", " + hint.relation().word() + " "
        + hint.sentence() + " " + hint.other() + ": " + outcome(hint)));
    return notes;
  }

  /** Whether an analyst's hint took effect: a "same" pair ends up in one fact unless a rule stops it. */
  private String outcome(AlignmentHint hint) {
    Optional<Fact> left = factOf(hint.sentence());
    Optional<Fact> right = factOf(hint.other());
    boolean together = left.isPresent() && left.equals(right);
    if (hint.relation() == AlignmentHint.Relation.DIFFERENT) {
      return together ? "NOT applied (both are in " + left.get().id() + ")" : "applied (kept apart)";
    }
    if (together) {
      return "applied (" + left.get().id() + ")";
    }
    return "NOT applied: a fact holds one sentence per outlet, and "
        + left.map(f -> hint.sentence() + " is already in " + f.id()).orElse(hint.sentence() + " is in no fact")
        + ", " + right.map(f -> hint.other() + " in " + f.id()).orElse(hint.other() + " in no fact");
  }

  private Optional<Fact> factOf(String sentenceId) {
    return facts.stream().filter(f -> f.cluster().claims().stream().anyMatch(c -> c.sentenceId().equals(sentenceId)))
        .findFirst();
  }
}
