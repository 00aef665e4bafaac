package dev.parallax.report;

import dev.parallax.analysis.AnalysisResult;
import dev.parallax.analysis.ChartSpec;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * A chart's headline: the best-ranked finding about that chart's own data, in at most two lines. A finding is about
 * the chart when its evidence lies in the chart's sheet (or, for a chart that names none, in its analyzer's sheets)
 * and it is about something the chart draws: the row it rests on is a category of the chart (a fact, an actor), or
 * it names an outlet the chart draws a bar for together with one of the chart's categories ("lapresse.ca hedges
 * … with the conditional"). A chart no finding is about keeps its own title. (A figure the finding shares with the
 * chart is not enough: "tone -2.0" towards an actor matched an outlet's quoted-voice tone of -2 by chance.)
 */
final class ChartHeadline {
  static final int LINES = 2;
  /** The width a headline has on a 1600-pixel chart, padding and margins taken off. */
  static final int WIDTH = ChartRenderer.WIDTH - 56 - 16;
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|«[^»]*»|\"[^\"]*\"");

  private ChartHeadline() {
  }

  /** @param drawn the data the chart draws (a bar chart's, with its "others" grouped) */
  static Optional<String> of(StoryReport report, AnalysisResult result, ChartSpec spec, Table drawn) {
    Set<String> sheets = new HashSet<>();
    if (!spec.sheet().isEmpty()) {
      sheets.add(spec.sheet());
    } else {
      result.sheets().forEach(sheet -> sheets.add(sheet.name()));
      result.figures().forEach(figure -> sheets.add(figure.evidenceSheet()));
    }
    Table findings = report.findings().table();
    for (int r = 0; r < findings.rowCount(); r++) {
      if (sheets.contains(findings.stringColumn("Evidence sheet").get(r))
          && isAbout(drawn, findings.stringColumn("Finding").get(r),
              List.of(findings.stringColumn("Outlet").get(r).split(", ")),
              findings.stringColumn(dev.parallax.analysis.findings.Findings.EVIDENCE_ROW).get(r))) {
        return Optional.of(fit(findings.stringColumn("Finding").get(r)));
      }
    }
    return Optional.empty();
  }

  /** Whether the finding (its text, the outlets it names, the key of its evidence row) is about the chart's data. */
  static boolean isAbout(Table data, String finding, List<String> outlets, String key) {
    Set<String> categories = new LinkedHashSet<>(data.stringColumn("Category").asList());
    if (!key.isEmpty() && categories.stream().anyMatch(c -> c.equals(key) || c.startsWith(key + " "))) {
      return true;
    }
    Set<String> charted = new HashSet<>(data.stringColumn("Outlet").asList());
    List<String> named = outlets.stream().filter(charted::contains).toList();
    if (named.isEmpty()) {
      return false;
    }
    String unquoted = QUOTED.matcher(finding).replaceAll(" ");
    String lower = unquoted.toLowerCase(Locale.ROOT);
    for (String category : categories) {
      if (Pattern.compile("\\b" + Pattern.quote(category.toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding in at most {@link #LINES} lines of the smallest headline type: whole if it fits, else without its
   * last clauses ("…; X, Y and Z do not"), else cut at a word with "…".
   */
  static String fit(String finding) {
    FontMetrics metrics = metrics(new Font(ChartRenderer.FONT, Font.BOLD, ChartRenderer.SMALLEST_HEADLINE));
    String text = finding;
    while (lines(text, metrics) > LINES && lastClause(text) > 0) {
      text = text.substring(0, lastClause(text));
    }
    boolean cut = false;
    while (lines(text + (cut ? "…" : ""), metrics) > LINES && text.lastIndexOf(' ') > 0) {
      text = text.substring(0, text.lastIndexOf(' ')).stripTrailing();
      cut = true;
    }
    return cut ? text + "…" : text;
  }

  /** Where the text's last clause starts ("; " outside quotation marks), or -1. */
  private static int lastClause(String text) {
    for (int i = text.lastIndexOf("; "); i > 0; i = text.lastIndexOf("; ", i - 1)) {
      String before = text.substring(0, i);
      if (before.chars().filter(c -> c == '“').count() == before.chars().filter(c -> c == '”').count()
          && before.chars().filter(c -> c == '«').count() == before.chars().filter(c -> c == '»').count()) {
        return i;
      }
    }
    return -1;
  }

  /** The lines the text takes when wrapped at spaces to {@link #WIDTH}. */
  static int lines(String text, FontMetrics metrics) {
    int lines = 1;
    int width = 0;
    for (String word : text.split(" ")) {
      int w = metrics.stringWidth(word);
      int space = metrics.stringWidth(" ");
      if (width > 0 && width + space + w > WIDTH) {
        lines++;
        width = w;
      } else {
        width += (width > 0 ? space : 0) + w;
      }
    }
    return lines;
  }

  static FontMetrics metrics(Font font) {
    var g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      return g.getFontMetrics(font);
    } finally {
      g.dispose();
    }
  }
}
