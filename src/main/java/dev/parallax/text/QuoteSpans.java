package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a paragraph inside quotation marks: « », “ ” and straight double quotes. A quote that is
 * not closed runs to the end of the paragraph, as French typography allows for quotes spanning paragraphs.
 */
final class QuoteSpans {
  /** Half-open interval [start, end) of quoted text, marks included, relative to the paragraph. */
  record Range(int start, int end) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private QuoteSpans() {
  }

  static List<Range> find(String text) {
    List<Range> ranges = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        closing = closingMark(c);
        if (closing != 0) {
          open = i;
        }
      } else if (c == closing) {
        ranges.add(new Range(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      ranges.add(new Range(open, text.length()));
    }
    return ranges;
  }

  private static char closingMark(char c) {
    return switch (c) {
      case '«' -> '»';
      case '“' -> '”';
      case '"' -> '"';
      default -> 0;
    };
  }

  static boolean inside(List<Range> ranges, int offset) {
    return ranges.stream().anyMatch(r -> r.contains(offset));
  }
}
