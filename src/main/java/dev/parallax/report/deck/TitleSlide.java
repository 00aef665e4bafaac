package dev.parallax.report.deck;

import dev.parallax.report.StoryReport;
import dev.parallax.text.ParsedArticle;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** The first slide: the story, its outlets (by bloc when the run has blocs), dates, languages, Parallax's version. */
final class TitleSlide {
  private static final double BODY_MAX = 22;
  private static final double BODY_MIN = 12;

  private TitleSlide() {
  }

  static void add(SlideWriter writer, StoryReport report, OutletBlocs blocs) {
    String title = report.story().name();
    XSLFSlide slide = writer.slide(title, new Rectangle2D.Double(SlideWriter.MARGIN, 110,
        SlideWriter.WIDTH - 2 * SlideWriter.MARGIN, 110), org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT);
    double top = writer.titleBottom() + 24;
    List<String> lines = lines(report, blocs);
    Rectangle2D box = new Rectangle2D.Double(SlideWriter.MARGIN, top, SlideWriter.WIDTH - 2 * SlideWriter.MARGIN,
        SlideWriter.HEIGHT - top - SlideWriter.MARGIN);
    double size = TextFit.size(String.join("\n", lines), false, box.getWidth() - 2 * SlideWriter.INSET,
        box.getHeight() - 2 * SlideWriter.INSET - 8 * lines.size(), BODY_MAX, BODY_MIN);
    List<SlideWriter.Para> paras = new ArrayList<>();
    for (String line : lines) {
      paras.add(new SlideWriter.Para(line, size, false, SlideWriter.INK, 8));
    }
    writer.text(slide, box, paras);
    List<String> notes = new ArrayList<>(List.of(title, "Story folder: " + report.corpus(), "Outlets and articles:"));
    for (ParsedArticle article : report.story().articles()) {
      notes.add("- " + article.outlet() + ": “" + article.article().title() + "”"
          + article.article().metadata().date().map(d -> ", " + d).orElse("") + ", "
          + article.language().name() + ", " + article.wordCount() + " words");
    }
    writer.notes(slide, notes);
  }

  static List<String> lines(StoryReport report, OutletBlocs blocs) {
    List<String> outlets = report.story().outlets();
    List<String> lines = new ArrayList<>();
    if (blocs.isEmpty()) {
      lines.add(outlets.size() + " outlets: " + String.join(", ", outlets));
    } else {
      blocs.byBloc(outlets).forEach((bloc, members) -> lines.add(bloc + ": " + String.join(", ", members)));
    }
    lines.add("Dates: " + dates(report.story().articles()));
    lines.add("Languages: " + languages(report.story().articles()));
    lines.add("Parallax " + report.version() + ", run " + report.runAt().format(
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)) + "; the workbook comparison.xlsx holds "
        + "every figure and its sentences");
    return lines;
  }

  /** The first and last publication date, and how many articles have none. */
  static String dates(List<ParsedArticle> articles) {
    List<LocalDate> dates = articles.stream().map(a -> a.article().metadata().date()).flatMap(Optional::stream)
        .sorted().toList();
    long undated = articles.size() - dates.size();
    if (dates.isEmpty()) {
      return "not given (no article has a date)";
    }
    String range = dates.get(0).equals(dates.get(dates.size() - 1)) ? dates.get(0).toString()
        : dates.get(0) + " to " + dates.get(dates.size() - 1);
    return range + (undated == 0 ? "" : " (" + undated + " article" + (undated == 1 ? "" : "s") + " undated)");
  }

  /** Each language with its number of articles, most first. */
  static String languages(List<ParsedArticle> articles) {
    Map<String, Integer> counts = new TreeMap<>();
    articles.forEach(a -> counts.merge(a.language().name(), 1, Integer::sum));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getKey() + " (" + e.getValue() + ")").reduce((a, b) -> a + ", " + b).orElse("");
  }
}
