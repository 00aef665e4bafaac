package dev.parallax.eval;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.text.ParsedStory;
import dev.parallax.text.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Scores fact clusters against {@code facts.tsv} (with {@code facts-list.tsv}) as gold-format.md says: pairs of
 * evidence sentences from different outlets that the gold puts in one fact, against the pairs the analyzer's
 * {@code Facts} sheet puts in one row ({@code <outlet> sentence} columns). Also reports status accuracy over the
 * gold evidence sentences the analyzer used for the same outlet.
 */
public final class FactsScorer implements Scorer {
  public static final String ANALYZER = "facts";
  public static final String STATUS = "status accuracy";
  private static final String ABSENT = "absent";

  @Override
  public String fileName() {
    return "facts.tsv";
  }

  /** Two sentences of different outlets, in a stable order. */
  record Pair(String a, String b) {
    static Pair of(String x, String y) {
      return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
    }
  }

  @Override
  public Optional<FileScore> score(Path goldFolder, ParsedStory story, Map<String, AnalysisResult> results) {
    Optional<GoldFile> present = GoldFile.readIfPresent(goldFolder, fileName(),
        List.of("outlet", "fact_id", "status", "evidence_start"));
    if (present.isEmpty()) {
      return Optional.empty();
    }
    GoldFile list = GoldFile.read(goldFolder.resolve("facts-list.tsv"), List.of("fact_id", "description"));
    GoldFile gold = present.get();
    Map<String, String> descriptions = list.rows().stream()
        .collect(Collectors.toMap(r -> r.get("fact_id"), r -> r.get("description"), (a, b) -> a, LinkedHashMap::new));
    List<String> details = new ArrayList<>();
    Map<String, Map<String, String>> goldEvidence = goldEvidence(gold, story, descriptions, details);
    Map<Pair, String> goldPairs = pairs(goldEvidence);
    Table facts = factsSheet(results);
    Map<String, Map<String, String>> outputEvidence = outputEvidence(facts, story);
    Map<Pair, String> outputPairs = pairs(outputEvidence);
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    Tally tally = new Tally();
    for (Map.Entry<Pair, String> pair : goldPairs.entrySet()) {
      if (outputPairs.containsKey(pair.getKey())) {
        tally.hit(languages(pair.getKey(), story));
      } else {
        tally.miss(languages(pair.getKey(), story));
        misses.add(pair.getValue() + " (" + descriptions.get(pair.getValue()) + "): "
            + describe(pair.getKey(), story));
      }
    }
    outputPairs.forEach((pair, fact) -> {
      if (!goldPairs.containsKey(pair)) {
        tally.falseAlarm(languages(pair, story));
        falseAlarms.add("output " + fact + ": " + describe(pair, story));
      }
    });
    details.add(statusAccuracy(gold, goldEvidence, facts, story, tally));
    return Optional.of(tally.fileScore(fileName(), details, misses, falseAlarms));
  }

  /** The pair's languages in a stable order ("en-fr"), the group eval reports cross-language alignment by. */
  private static String languages(Pair pair, ParsedStory story) {
    String a = FoundRows.languageOf(story, outlet(pair.a()));
    String b = FoundRows.languageOf(story, outlet(pair.b()));
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
  }

  private static String outlet(String sentenceId) {
    return sentenceId.substring(0, sentenceId.lastIndexOf('#'));
  }

  /** Gold evidence sentence ids, per fact and outlet; evidence that matches no sentence is reported in details. */
  private static Map<String, Map<String, String>> goldEvidence(GoldFile gold, ParsedStory story,
                                                               Map<String, String> descriptions,
                                                               List<String> details) {
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    WrittenSentences written = new WrittenSentences(story);
    for (GoldFile.Row row : gold.rows()) {
      if (!descriptions.containsKey(row.get("fact_id"))) {
        throw new GoldFormatException(gold.path() + ", line " + row.line() + ": fact_id '" + row.get("fact_id")
            + "' is not in facts-list.tsv");
      }
      if (row.get("status").equals(ABSENT)) {
        continue;
      }
      Optional<Sentence> sentence = story.sentences().stream()
          .filter(s -> s.outlet().equals(row.get("outlet"))
              && (GoldText.startsLike(s.text(), row.get("evidence_start"))
                  || GoldText.startsLike(written.text(s), row.get("evidence_start"))))
          .findFirst();
      if (sentence.isEmpty()) {
        details.add("line " + row.line() + ": no sentence of " + row.get("outlet") + " starts like '"
            + row.get("evidence_start") + "'");
        continue;
      }
      evidence.computeIfAbsent(row.get("fact_id"), k -> new LinkedHashMap<>()).put(row.get("outlet"),
          sentence.get().id());
    }
    return evidence;
  }

  private static Table factsSheet(Map<String, AnalysisResult> results) {
    AnalysisResult result = results.get(ANALYZER);
    if (result == null) {
      return Table.create("Facts");
    }
    return result.sheets().stream().filter(s -> s.name().equals("Facts")).map(ResultSheet::table).findFirst()
        .orElse(Table.create("Facts"));
  }

  private static Map<String, Map<String, String>> outputEvidence(Table facts, ParsedStory story) {
    Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
    for (int row = 0; row < facts.rowCount(); row++) {
      Map<String, String> byOutlet = new LinkedHashMap<>();
      for (String outlet : story.outlets()) {
        String column = outlet + " sentence";
        if (facts.columnNames().contains(column) && !facts.column(column).getString(row).isBlank()) {
          byOutlet.put(outlet, facts.column(column).getString(row));
        }
      }
      evidence.put(facts.column("Fact").getString(row), byOutlet);
    }
    return evidence;
  }

  private static Map<Pair, String> pairs(Map<String, Map<String, String>> evidence) {
    Map<Pair, String> pairs = new LinkedHashMap<>();
    evidence.forEach((fact, byOutlet) -> {
      List<String> sentences = List.copyOf(byOutlet.values());
      for (int i = 0; i < sentences.size(); i++) {
        for (int j = i + 1; j < sentences.size(); j++) {
          pairs.putIfAbsent(Pair.of(sentences.get(i), sentences.get(j)), fact);
        }
      }
    });
    return pairs;
  }

  private static String statusAccuracy(GoldFile gold, Map<String, Map<String, String>> goldEvidence, Table facts,
                                       ParsedStory story, Tally tally) {
    Map<String, String> outputStatus = new LinkedHashMap<>();
    for (int row = 0; row < facts.rowCount(); row++) {
      for (String outlet : story.outlets()) {
        String column = outlet + " sentence";
        if (facts.columnNames().contains(column) && !facts.column(column).getString(row).isBlank()) {
          outputStatus.putIfAbsent(facts.column(column).getString(row), facts.column(outlet).getString(row));
        }
      }
    }
    int matched = 0;
    int right = 0;
    Set<String> wrong = new LinkedHashSet<>();
    for (GoldFile.Row row : gold.rows()) {
      String sentence = goldEvidence.getOrDefault(row.get("fact_id"), Map.of()).get(row.get("outlet"));
      if (sentence != null && outputStatus.containsKey(sentence)) {
        matched++;
        tally.agreement(STATUS, FoundRows.languageOf(story, row.get("outlet")),
            outputStatus.get(sentence).equals(row.get("status")));
        if (outputStatus.get(sentence).equals(row.get("status"))) {
          right++;
        } else {
          wrong.add(sentence + " gold " + row.get("status") + ", output " + outputStatus.get(sentence));
        }
      }
    }
    return wrong.isEmpty() ? "status: every matched evidence sentence agrees"
        : "status differs: " + String.join("; ", wrong);
  }

  private static String describe(Pair pair, ParsedStory story) {
    return text(pair.a(), story) + "  ~  " + text(pair.b(), story);
  }

  private static String text(String sentenceId, ParsedStory story) {
    return story.sentences().stream().filter(s -> s.id().equals(sentenceId)).findFirst()
        .map(s -> sentenceId + " «" + GoldText.start(s.text()) + "…»").orElse(sentenceId);
  }
}
