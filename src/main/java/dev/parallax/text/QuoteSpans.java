package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a paragraph inside quotation marks: « », “ ”, German „ “ and straight double quotes. Text
 * typed in several editors mixes typographic and straight marks, so “ and " close each other's quotes (as do ” and
 * „ … ”). A quote that is not closed runs to the end of the paragraph, as French typography allows for quotes
 * spanning paragraphs.
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
    String closing = "";
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        closing = closingMarks(c);
        if (!closing.isEmpty()) {
          open = i;
        }
      } else if (closing.indexOf(c) >= 0) {
        ranges.add(new Range(open, i + 1));
        open = -1;
      }
    }
    if (open >= 0) {
      ranges.add(new Range(open, text.length()));
    }
    return ranges;
  }

  /** The marks that may close a quote opened by {@code c}; empty when {@code c} opens none. */
  private static String closingMarks(char c) {
    return switch (c) {
      case '«' -> "»";
      case '“', '"' -> "”\"";
      case '„' -> "“”";
      default -> "";
    };
  }

  static boolean inside(List<Range> ranges, int offset) {
    return ranges.stream().anyMatch(r -> r.contains(offset));
  }
}
