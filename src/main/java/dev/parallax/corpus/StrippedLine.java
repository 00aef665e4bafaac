package dev.parallax.corpus;

import java.util.List;

/**
 * A line kept out of the analysed body, with why, so the analyst can see what was removed.
 *
 * @param wires the news agencies a credit or dateline names as the article's source ("AFP"), else empty
 */
public record StrippedLine(Kind kind, String text, int start, List<String> wires) {
  public enum Kind { TITLE, BYLINE, BOILERPLATE, OUTLET_NAME, CREDIT, PHOTO_CREDIT, DATELINE }

  public StrippedLine {
    wires = List.copyOf(wires);
  }

  public StrippedLine(Kind kind, String text, int start) {
    this(kind, text, start, List.of());
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase().replace('_', ' ') + ": " + text;
  }
}
