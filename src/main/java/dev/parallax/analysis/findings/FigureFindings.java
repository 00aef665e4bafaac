package dev.parallax.analysis.findings;

import dev.parallax.analysis.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headline figures on which the outlets differ most: highest against lowest. */
final class FigureFindings implements FindingRule {
  private static final double MIN_SEPARATION = 0.25;

  @Override
  public List<Finding> find(Evidence evidence) {
    Map<String, List<Figure>> byName = new LinkedHashMap<>();
    evidence.results().forEach(r -> r.figures().forEach(f -> byName.computeIfAbsent(f.name(), n -> new ArrayList<>())
        .add(f)));
    List<Finding> findings = new ArrayList<>();
    for (List<Figure> figures : byName.values()) {
      if (figures.size() < 2) {
        continue;
      }
      Figure high = figures.stream().max(Comparator.comparingDouble(Figure::value)).orElseThrow();
      Figure low = figures.stream().min(Comparator.comparingDouble(Figure::value)).orElseThrow();
      double scale = Math.max(Math.abs(high.value()), Math.abs(low.value()));
      double separation = scale == 0 ? 0 : (high.value() - low.value()) / (scale * (high.value() * low.value() < 0 ? 2 : 1));
      if (separation < MIN_SEPARATION) {
        continue;
      }
      String text = figures.size() == 2
          ? high.name() + ": " + high.outlet() + " " + show(high) + ", " + low.outlet() + " " + show(low)
          : join(tiedWith(high, figures)) + " " + (tiedWith(high, figures).size() > 1 ? "have" : "has")
              + " the highest " + lower(high.name()) + " (" + show(high) + ") and "
              + join(tiedWith(low, figures)) + " the lowest (" + show(low) + ")";
      findings.add(new Finding(text, separation * 0.9, high.outlet(), high.evidenceSheet(),
          evidence.firstSentence(high.evidenceSheet(), high.outlet())));
    }
    return findings;
  }

  /** Every outlet whose figure equals this one, so that a tie is never reported as one outlet's lead. */
  private static List<String> tiedWith(Figure figure, List<Figure> figures) {
    return figures.stream().filter(f -> f.value() == figure.value()).map(Figure::outlet).toList();
  }

  private static String join(List<String> outlets) {
    return outlets.size() == 1 ? outlets.get(0)
        : String.join(", ", outlets.subList(0, outlets.size() - 1)) + " and " + outlets.get(outlets.size() - 1);
  }

  private static String lower(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static String show(Figure figure) {
    return switch (figure.format()) {
      case COUNT -> String.format("%,d", Math.round(figure.value()));
      case PERCENT -> String.format("%.0f%%", figure.value() * 100);
      case PER_THOUSAND -> String.format("%.1f per 1,000 words", figure.value());
      case DECIMAL -> String.format("%.2f", figure.value());
    };
  }
}
