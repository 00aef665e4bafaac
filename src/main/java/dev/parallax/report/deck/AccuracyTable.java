package dev.parallax.report.deck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last table of docs/accuracy.md whose header has a {@code **total**} column (the figures after the latest
 * session), read as rows of trimmed cells, and the figure a cell holds: its bold part ("**0.88** (95/108)" gives 0.88,
 * "fr-fr 0.39; **en-fr 0.28**" gives 0.28), else the cell up to its first parenthesis.
 */
record AccuracyTable(List<List<String>> rows) {
  private static final String TOTAL = "**total**";
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

  AccuracyTable {
    rows = List.copyOf(rows);
  }

  static AccuracyTable lastOf(List<String> lines) {
    List<List<String>> last = List.of();
    List<List<String>> current = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("|")) {
        if (!line.matches("\\|[-| :]+\\|?")) {
          current.add(Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList());
        }
        continue;
      }
      last = withTotal(current).orElse(last);
      current = new ArrayList<>();
    }
    return new AccuracyTable(withTotal(current).orElse(last));
  }

  /** The figure at the row (named by its first cell) and the column (named by its header), if both are there. */
  Optional<String> figure(String row, String column) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    int c = rows.get(0).indexOf(column);
    return rows.stream().skip(1).filter(r -> r.get(0).equals(row) && c > 0 && c < r.size()).findFirst()
        .map(r -> figureOf(r.get(c))).filter(f -> !f.isEmpty());
  }

  static String figureOf(String cell) {
    Matcher bold = BOLD.matcher(cell);
    String figure = bold.find() ? bold.group(1) : cell.replaceFirst("\\s*\\(.*$", "");
    return figure.replaceFirst("^[^\\d]+", "").strip();
  }

  private static Optional<List<List<String>>> withTotal(List<List<String>> table) {
    return !table.isEmpty() && table.get(0).contains(TOTAL) ? Optional.of(table) : Optional.empty();
  }
}
