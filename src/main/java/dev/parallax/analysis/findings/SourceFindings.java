package dev.parallax.analysis.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;

/** From the Attribution sheet: whom each outlet cites most, when the outlets lean on different sources. */
final class SourceFindings implements FindingRule {
  private static final String SHEET = "Attribution";

  private record TopSource(String speaker, String type, int count, int total, String sentence) {
  }

  private static final String NO_SOURCE = "none";

  @Override
  public List<Finding> find(Evidence evidence) {
    List<Finding> findings = new ArrayList<>();
    evidence.sheet(SHEET).filter(t -> Evidence.has(t, "Outlet", "Sentence", "Speaker", "Source type"))
        .ifPresent(attribution -> {
          Map<String, TopSource> tops = new LinkedHashMap<>();
          for (String outlet : evidence.outlets()) {
            TopSource top = top(attribution, outlet);
            if (top != null) {
              tops.put(outlet, top);
            }
          }
          if (tops.size() < 2 || tops.values().stream().map(TopSource::speaker).distinct().count() < 2) {
            return;
          }
          String text = String.join("; ", tops.entrySet().stream().map(e -> e.getKey() + " quotes mostly "
              + e.getValue().speaker() + " (" + e.getValue().type() + ", " + e.getValue().count() + " of "
              + e.getValue().total() + ")").toList());
          var first = tops.entrySet().iterator().next();
          findings.add(new Finding(text, 0.95, first.getKey(), SHEET, first.getValue().sentence()));
        });
    return findings;
  }

  private static TopSource top(Table attribution, String outlet) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new LinkedHashMap<>();
    int total = 0;
    for (int r = 0; r < attribution.rowCount(); r++) {
      // A statement with no source in reach (source type none) is quoted from nobody.
      if (attribution.stringColumn("Outlet").get(r).equals(outlet)
          && !attribution.stringColumn("Source type").get(r).equals(NO_SOURCE)) {
        String speaker = attribution.stringColumn("Speaker").get(r);
        counts.merge(speaker, 1, Integer::sum);
        firstRow.putIfAbsent(speaker, r);
        total++;
      }
    }
    String speaker = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (speaker == null) {
      return null;
    }
    int row = Objects.requireNonNull(firstRow.get(speaker));
    return new TopSource(speaker, attribution.stringColumn("Source type").get(row), counts.get(speaker), total,
        attribution.column("Sentence").getString(row));
  }
}
