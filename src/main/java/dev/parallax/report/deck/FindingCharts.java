package dev.parallax.report.deck;

import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.findings.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The chart of a finding's own data, per outlet: how each outlet carries the fact; how often each quotes the source;
 * each one's own-voice hedges of the kind; the figures the finding compares; the tone towards the actor; the words
 * each shares with the outlet. Drawn as the charts folder's charts are drawn, so the colours match.
 */
final class FindingCharts {
  /** The most outlet lines a finding's chart draws with their names legible on the slide. */
  static final int MAX_LINES = 12;
  private static final String ABSENT = "absent";

  private final StoryTables tables;

  FindingCharts(StoryTables tables) {
    this.tables = tables;
  }

  Optional<ChartSpec> of(TopFinding finding) {
    return everyOutlet(finding).map(spec -> spec.kind() == ChartSpec.Kind.MATRIX ? spec : new ChartSpec(spec.name(),
        spec.title(), spec.categoryAxis(), spec.valueAxis(), spec.kind(), legible(spec.data(), finding.outlets())));
  }

  /**
   * The outlets the finding's chart draws together on its last line (the mean of the others, or the outlets that
   * leave a fact out), in story order; none when every outlet of the chart has its own line.
   */
  List<String> grouped(TopFinding finding) {
    return everyOutlet(finding).map(spec -> {
      boolean matrix = spec.kind() == ChartSpec.Kind.MATRIX; // a fact's chart: an outlet a category, grouped already
      List<String> before = matrix ? tables.outlets() : spec.data().stringColumn("Outlet").asList();
      List<String> after = matrix ? spec.data().stringColumn("Category").asList()
          : legible(spec.data(), finding.outlets()).stringColumn("Outlet").asList();
      return tables.outlets().stream().filter(o -> before.contains(o) && !after.contains(o)).toList();
    }).orElse(List.of());
  }

  /** The chart of the finding's own data, a line for each of its outlets (a fact's chart groups those it lacks). */
  private Optional<ChartSpec> everyOutlet(TopFinding finding) {
    return switch (finding.sheet()) {
      case "Facts" -> fact(finding.key());
      case "Attribution" -> (finding.text().contains(Findings.MOST_OFTEN)
          || finding.text().contains(Findings.PEOPLE_NO_OTHER_OUTLET_NAMES))
          && !finding.outlets().isEmpty()
          ? sourcesOf(finding.outlets().get(0)) : source(finding.key());
      case "Hedging" -> hedges(finding);
      case "Actors" -> actor(finding.key());
      case "Reuse" -> shared(finding);
      default -> figures(finding);
    };
  }

  /**
   * The bars as the slide can name them: past {@link #MAX_LINES} outlets, the outlets the finding names (the first
   * named first) and those with the largest values keep their bars, and the rest share one, their mean (in grey, the
   * colour of no outlet). The bars keep the order of the data.
   */
  static Table legible(Table data, List<String> named) {
    List<String> inOrder = data.stringColumn("Outlet").asList().stream().distinct().toList();
    if (inOrder.size() <= MAX_LINES) {
      return data;
    }
    Map<String, Double> weight = new LinkedHashMap<>();
    for (int r = 0; r < data.rowCount(); r++) {
      double value = data.doubleColumn("Value").getDouble(r);
      weight.merge(data.stringColumn("Outlet").get(r), Double.isNaN(value) ? 0 : Math.abs(value), Double::sum);
    }
    // The named outlets in the finding's order: its subject, named first, keeps its bar however many it names.
    List<String> ranked = new ArrayList<>(named.stream().filter(inOrder::contains).distinct().toList());
    inOrder.stream().filter(o -> !named.contains(o))
        .sorted(Comparator.comparingDouble((String o) -> -weight.get(o))).forEach(ranked::add);
    Set<String> kept = Set.copyOf(ranked.subList(0, MAX_LINES - 1));
    String others = (inOrder.size() - kept.size()) + " others (mean)";
    Table shown = ChartData.create(data.name());
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (int r = 0; r < data.rowCount(); r++) {
      String category = data.stringColumn("Category").get(r);
      String outlet = data.stringColumn("Outlet").get(r);
      double value = data.doubleColumn("Value").getDouble(r);
      if (kept.contains(outlet)) {
        ChartData.add(shown, category, outlet, value);
      } else {
        double[] sum = sums.computeIfAbsent(category, c -> new double[2]);
        if (!Double.isNaN(value)) {
          sum[0] += value;
          sum[1]++;
        }
      }
    }
    sums.forEach((category, sum) -> ChartData.add(shown, category, others,
        sum[1] == 0 ? Double.NaN : Math.round(sum[0] / sum[1] * 10) / 10.0));
    return shown;
  }

  /**
   * One row of the fact matrix, turned on its side: an outlet a line (its name across, as in the bar charts), each
   * line's cell coloured by how the outlet carries the fact. Past {@link #MAX_LINES} outlets, those that leave the
   * fact out share one line, so that every line keeps a legible name.
   */
  private Optional<ChartSpec> fact(String fact) {
    return tables.sheet("Facts").flatMap(facts -> {
      for (int r = 0; r < facts.rowCount(); r++) {
        if (StoryTables.cell(facts, r, "Fact").equals(fact)) {
          Map<String, String> statuses = new LinkedHashMap<>();
          for (String outlet : tables.outlets()) {
            String status = StoryTables.cell(facts, r, outlet);
            statuses.put(outlet, status.isEmpty() ? ABSENT : status);
          }
          long absent = statuses.values().stream().filter(ABSENT::equals).count();
          boolean collapse = statuses.size() > MAX_LINES && absent > 1;
          Table data = ChartData.create("finding-fact");
          data.addColumns(StringColumn.create("Status"));
          statuses.forEach((outlet, status) -> {
            if (!collapse || !status.equals(ABSENT)) {
              ChartData.add(data, outlet, fact, 1);
              data.stringColumn("Status").append(status);
            }
          });
          if (collapse) {
            ChartData.add(data, "the " + absent + " other outlets", fact, 1);
            data.stringColumn("Status").append(ABSENT);
          }
          return Optional.of(new ChartSpec("finding-fact", "How each outlet carries fact " + fact,
              "", "", ChartSpec.Kind.MATRIX, data));
        }
      }
      return Optional.empty();
    });
  }

  /** The source's statements per outlet, beside all of each outlet's attributed statements. */
  private Optional<ChartSpec> source(String sentenceId) {
    return tables.sheet("Attribution").flatMap(attribution -> {
      String speaker = FindingEvidence.speakerAt(attribution, sentenceId);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      String shown = "";
      Map<String, Integer> quoting = zeros();
      Map<String, Integer> all = zeros();
      for (int r = 0; r < attribution.rowCount(); r++) {
        String outlet = StoryTables.cell(attribution, r, "Outlet");
        all.merge(outlet, 1, Integer::sum);
        String raw = StoryTables.cell(attribution, r, "Speaker");
        if (FindingEvidence.name(raw).equals(speaker)) {
          quoting.merge(outlet, 1, Integer::sum);
          if (shown.isEmpty()) {
            shown = raw.contains(",") ? raw.substring(0, raw.indexOf(',')).strip() : raw;
          }
        }
      }
      Table data = ChartData.create("finding-source");
      String quotingLabel = "Of " + shown;
      quoting.forEach((outlet, count) -> ChartData.add(data, quotingLabel, outlet, count));
      all.forEach((outlet, count) -> ChartData.add(data, "All attributed", outlet, count));
      return Optional.of(new ChartSpec("finding-source", "Statements each outlet attributes to " + shown
          + ", and all its attributed statements", "", "Statements", ChartSpec.Kind.SMALL_MULTIPLES, data));
    });
  }

  /**
   * Whom one outlet quotes: its attributed statements by source, most quoted first (at most {@link #MAX_LINES}
   * sources, the rest as one bar): the chart of "X quotes P most often", which the other outlets' counts of P do not
   * show.
   */
  private Optional<ChartSpec> sourcesOf(String outlet) {
    return tables.sheet("Attribution").map(attribution -> {
      Map<String, Integer> bySource = new LinkedHashMap<>();
      Map<String, String> shown = new LinkedHashMap<>();
      for (int r = 0; r < attribution.rowCount(); r++) {
        if (!StoryTables.cell(attribution, r, "Outlet").equals(outlet)
            || StoryTables.cell(attribution, r, "Source type").equals("none")) {
          continue;
        }
        String raw = StoryTables.cell(attribution, r, "Speaker");
        String key = FindingEvidence.name(raw);
        bySource.merge(key, 1, Integer::sum);
        shown.putIfAbsent(key, raw.contains(",") ? raw.substring(0, raw.indexOf(',')).strip() : raw);
      }
      List<String> ranked = bySource.keySet().stream()
          .sorted(Comparator.comparingInt((String k) -> -bySource.get(k))).toList();
      Table data = ChartData.create("finding-sources");
      ranked.stream().limit(MAX_LINES - 1L).forEach(k -> ChartData.add(data, shown.get(k), outlet, bySource.get(k)));
      int rest = ranked.stream().skip(MAX_LINES - 1L).mapToInt(bySource::get).sum();
      if (rest > 0) {
        ChartData.add(data, (ranked.size() - MAX_LINES + 1) + " other sources", outlet, rest);
      }
      return new ChartSpec("finding-sources", "Whom " + outlet + " quotes: its attributed statements by source", "",
          "Statements", ChartSpec.Kind.RANKED_BARS, data);
    });
  }

  /**
   * Each outlet's own-voice hedges the finding counts, how many and per 1,000 words: for the own-voice ranking, its
   * conditional and epistemic words (the rows and the rate the finding itself ranks by); else the finding's kind.
   */
  private Optional<ChartSpec> hedges(TopFinding finding) {
    return tables.sheet("Hedging").flatMap(hedges -> {
      boolean ranking = FindingEvidence.isHedgeRanking(finding);
      String category = FindingEvidence.hedgeCategory(hedges, finding);
      if (!ranking && category.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Integer> counts = zeros();
      java.util.Set<Integer> counted = FindingEvidence.countedRows(finding, hedges, category,
          tables.sheet("Attribution"));
      for (int r = 0; r < hedges.rowCount(); r++) {
        if (counted.contains(r)) {
          counts.merge(StoryTables.cell(hedges, r, "Outlet"), 1, Integer::sum);
        }
      }
      String kind = ranking ? "conditional or epistemic" : category;
      Table data = ChartData.create("finding-hedges");
      String label = "Hedges (" + kind + ")";
      counts.forEach((outlet, count) -> ChartData.add(data, label, outlet, count));
      Map<String, Integer> words = new LinkedHashMap<>();
      tables.report().story().articles().forEach(a -> words.merge(a.outlet(), a.wordCount(), Integer::sum));
      words.forEach((outlet, count) -> ChartData.add(data, "per 1,000 words", outlet,
          count == 0 ? 0 : Math.round(10_000.0 * counts.getOrDefault(outlet, 0) / count) / 10.0));
      return Optional.of(new ChartSpec("finding-hedges", (ranking ? "Conditional and epistemic words" : "Hedges of the "
          + category) + " in each outlet's own voice (not in quotes, not naming a source)", "", "Hedges",
          ChartSpec.Kind.SMALL_MULTIPLES, data));
    });
  }

  /** The outlets' tone towards the actor (outlets that never mention it have no bar). */
  private Optional<ChartSpec> actor(String actor) {
    return tables.sheet("Actors").flatMap(actors -> {
      for (int r = 0; r < actors.rowCount(); r++) {
        if (StoryTables.cell(actors, r, "Actor").equals(actor)) {
          Table data = ChartData.create("finding-actor");
          for (String outlet : tables.outlets()) {
            double mentions = StoryTables.number(actors, r, outlet + " mentions");
            double tone = StoryTables.number(actors, r, outlet + " tone");
            ChartData.add(data, actor, outlet, mentions > 0 && !Double.isNaN(tone) ? tone : Double.NaN);
          }
          return Optional.of(new ChartSpec("finding-actor", "Tone towards " + actor + " per outlet (mean score "
              + "of the words that qualify it; no bar: not mentioned)", "", "Tone", ChartSpec.Kind.DIVERGING_BARS,
              data));
        }
      }
      return Optional.empty();
    });
  }

  /** The words each outlet shares word for word with the first outlet the finding names. */
  private Optional<ChartSpec> shared(TopFinding finding) {
    if (finding.outlets().isEmpty()) {
      return Optional.empty();
    }
    String first = finding.outlets().get(0);
    return tables.sheet("Reuse").map(reuse -> {
      Map<String, Integer> words = zeros();
      words.remove(first);
      for (int r = 0; r < reuse.rowCount(); r++) {
        String with = StoryTables.cell(reuse, r, "Shared with");
        String other = with.contains("#") ? with.substring(0, with.lastIndexOf('#')) : with;
        if (StoryTables.cell(reuse, r, "Outlet").equals(first) && words.containsKey(other)) {
          words.merge(other, (int) StoryTables.number(reuse, r, "Words"), Integer::sum);
        }
      }
      Table data = ChartData.create("finding-reuse");
      String label = "Words shared with " + first;
      words.forEach((outlet, count) -> ChartData.add(data, label, outlet, count));
      return new ChartSpec("finding-reuse", "Words each outlet shares word for word with " + first, "", "Words",
          ChartSpec.Kind.SMALL_MULTIPLES, data);
    });
  }

  /**
   * The headline figures the finding quotes (its outlet's value written in its words: "101 words", "27%"), among
   * those whose evidence is the finding's sheet; one panel each.
   */
  private Optional<ChartSpec> figures(TopFinding finding) {
    List<Figure> ofSheet = tables.figures().stream().filter(f -> f.evidenceSheet().equals(finding.sheet())).toList();
    List<String> quoted = ofSheet.stream().filter(f -> finding.outlets().contains(f.outlet()))
        .filter(f -> QUOTED.matcher(finding.text()).results().anyMatch(m -> m.group().equals(written(f))))
        .map(Figure::name).distinct().toList();
    List<Figure> figures = ofSheet.stream().filter(f -> quoted.contains(f.name())).toList();
    if (figures.isEmpty()) {
      return Optional.empty();
    }
    Table data = ChartData.create("finding-figures");
    for (Figure figure : figures) {
      boolean percent = figure.format() == Figure.Format.PERCENT;
      ChartData.add(data, figure.name() + (percent ? " (%)" : ""), figure.outlet(),
          percent ? Math.round(figure.value() * 1000) / 10.0 : figure.value());
    }
    String title = quoted.get(0) + quoted.stream().skip(1).map(name -> " and " + lowerFirst(name))
        .reduce("", String::concat);
    return Optional.of(new ChartSpec("finding-figures", title + ", per outlet", "", "",
        ChartSpec.Kind.SMALL_MULTIPLES, data));
  }

  /** A whole number, or a percentage, as a finding writes it. */
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(?<![\\d.,])\\d+%?");

  private static String written(Figure figure) {
    return figure.format() == Figure.Format.PERCENT ? Math.round(figure.value() * 100) + "%"
        : String.valueOf(Math.round(figure.value()));
  }

  private Map<String, Integer> zeros() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.outlets().forEach(o -> counts.put(o, 0));
    return counts;
  }

  /** "Quoted share" as the second of two names: "Quoted words and quoted share". */
  private static String lowerFirst(String name) {
    return name.isEmpty() || (name.length() > 1 && Character.isUpperCase(name.charAt(1))) ? name
        : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
