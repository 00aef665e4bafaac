package dev.parallax.cli;

import dev.parallax.eval.Accuracy;
import dev.parallax.eval.FileScore;
import dev.parallax.eval.FindingsVerdicts;
import dev.parallax.eval.Score;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How {@code parallax eval} prints a gold file's score: the figures, by language, then what was missed. */
final class EvalPrinter {
  private EvalPrinter() {
  }

  static void print(PrintWriter out, FileScore score, boolean brief) {
    out.printf("%n%s  %s%n", score.file(), figures(score.score()));
    new TreeMap<>(score.byGroup()).forEach((group, byGroup) -> {
      if (score.byGroup().size() > 1) {
        out.printf("  %-6s %s%n", group, figures(byGroup));
      }
    });
    List<Accuracy> overall = score.accuracies().stream().filter(a -> a.group().isEmpty()).toList();
    for (Accuracy accuracy : overall) {
      StringBuilder line = new StringBuilder("  ").append(accuracy);
      Map<String, Accuracy> byGroup = new TreeMap<>();
      score.accuracies().stream().filter(a -> a.name().equals(accuracy.name()) && !a.group().isEmpty())
          .forEach(a -> byGroup.put(a.group(), a));
      if (byGroup.size() > 1) {
        byGroup.values().forEach(a -> line.append(String.format("; %s %s", a.group(), a.total() == 0 ? "n/a"
            : String.format("%.2f (%d/%d)", a.value(), a.right(), a.total()))));
      }
      out.println(line);
    }
    if (!brief) {
      score.details().forEach(line -> out.println("  " + line));
      score.misses().forEach(line -> out.println("  miss: " + line));
      score.falseAlarms().forEach(line -> out.println("  false alarm: " + line));
    }
  }

  static void print(PrintWriter out, FindingsVerdicts verdicts, boolean brief) {
    out.printf("%n%s%n", verdicts);
    verdicts.judgedFalse().forEach(line -> out.println("  judged false: " + line));
    if (!brief) {
      verdicts.notJudged().forEach(line -> out.println("  to judge: " + line));
    }
  }

  private static String figures(Score score) {
    return String.format("precision %.2f  recall %.2f  F1 %.2f  (%d found, %d missed, %d false alarms)",
        score.precision(), score.recall(), score.f1(), score.truePositives(), score.falseNegatives(),
        score.falsePositives());
  }
}
