package dev.parallax.corpus;

/** A line kept out of the analysed body, with why, so the analyst can see what was removed. */
public record StrippedLine(Kind kind, String text, int start) {
  public enum Kind { TITLE, BYLINE, BOILERPLATE, OUTLET_NAME }

  @Override
  public String toString() {
    return kind.name().toLowerCase().replace('_', ' ') + ": " + text;
  }
}
