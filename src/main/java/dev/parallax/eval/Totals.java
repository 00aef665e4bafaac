package dev.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Micro-averaged totals over several stories: counts added up per gold file, then precision, recall and F1. */
public final class Totals {
  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final Map<String, Map<String, Score>> groups = new LinkedHashMap<>();
  private final Map<String, Map<String, Accuracy>> accuracies = new LinkedHashMap<>();

  public void add(FileScore file) {
    scores.merge(file.file(), file.score(), Totals::plus);
    file.byGroup().forEach((group, score) ->
        groups.computeIfAbsent(file.file(), f -> new LinkedHashMap<>()).merge(group, score, Totals::plus));
    for (Accuracy accuracy : file.accuracies()) {
      accuracies.computeIfAbsent(file.file(), f -> new LinkedHashMap<>())
          .merge(accuracy.name() + "\t" + accuracy.group(), accuracy, Accuracy::plus);
    }
  }

  /** One score per gold file, in the order files were first added, with nothing to list as misses. */
  public List<FileScore> files() {
    List<FileScore> files = new ArrayList<>();
    scores.forEach((file, score) -> files.add(new FileScore(file, score, groups.getOrDefault(file, Map.of()),
        List.copyOf(accuracies.getOrDefault(file, Map.of()).values()), List.of(), List.of(), List.of())));
    return files;
  }

  private static Score plus(Score a, Score b) {
    return new Score(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
        a.falseNegatives() + b.falseNegatives());
  }
}
