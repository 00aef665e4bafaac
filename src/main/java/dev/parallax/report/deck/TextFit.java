package dev.parallax.report.deck;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes and wraps slide text before it is written: neither LibreOffice nor PowerPoint shrinks a text box's text the
 * same way, so the deck chooses each font size and line break itself, measuring with Liberation Sans (metrically
 * Arial, the font the deck names) where it is installed, else with a wider sans-serif so that the text still fits.
 */
final class TextFit {
  /** The font the deck's text is set in: on every office suite, or replaced by a font of the same widths. */
  static final String FONT = "Arial";
  /** Line height as a share of the font size, with a margin over Arial's 1.15. */
  static final double LEADING = 1.22;
  /**
   * The share of a line's width text is wrapped to: LibreOffice sets a full line a little wider than Java measures it
   * (a 24-point title three lines long lost its last word under the chart), so each line keeps a margin.
   */
  static final double SLACK = 0.96;
  private static final String ELLIPSIS = "…";
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final String MEASURED = measuredFont();

  private TextFit() {
  }

  /** The width in points of the text at the size. */
  static double width(String text, double size, boolean bold) {
    Font font = new Font(MEASURED, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  /**
   * The text broken into lines at spaces, each within the width less its {@link #SLACK} (a single word wider than
   * that stands alone).
   */
  static List<String> lines(String text, double size, boolean bold, double width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && width(candidate, size, bold) > width * SLACK) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The height in points of the text wrapped to the width. */
  static double height(String text, double size, boolean bold, double width) {
    return lines(text, size, bold, width).size() * size * LEADING;
  }

  /**
   * The largest size, from {@code max} down to {@code min} by half points, at which the text wrapped to the width
   * fits the height; {@code min} when none does.
   */
  static double size(String text, boolean bold, double width, double height, double max, double min) {
    for (double size = max; size > min; size -= 0.5) {
      if (height(text, size, bold, width) <= height) {
        return size;
      }
    }
    return min;
  }

  /**
   * The text, or as many of its first words as fit in {@code maxLines} lines followed by an ellipsis: a text is only
   * ever cut between two words.
   */
  static String shorten(String text, double size, boolean bold, double width, int maxLines) {
    if (lines(text, size, bold, width).size() <= maxLines) {
      return text;
    }
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    int low = 0;
    int high = words.size();
    while (low < high) { // the most words that fit with the ellipsis
      int mid = (low + high + 1) / 2;
      if (lines(cut(words, mid), size, bold, width).size() <= maxLines) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return cut(words, Math.max(1, low));
  }

  private static String cut(List<String> words, int count) {
    String kept = String.join(" ", words.subList(0, count));
    return kept.replaceAll("[\\s,;:.–—-]+$", "") + ELLIPSIS;
  }

  private static String measuredFont() {
    boolean liberation = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames()).contains("Liberation Sans");
    return liberation ? "Liberation Sans" : "DejaVu Sans";
  }
}
