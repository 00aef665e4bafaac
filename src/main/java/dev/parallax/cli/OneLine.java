package dev.parallax.cli;

/**
 * A message as one line: a file name may hold a newline, a tab or an escape character, which would break the
 * message (or the terminal) if printed as they are. They are shown escaped, as Java would write them.
 */
final class OneLine {
  private OneLine() {
  }

  static String of(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            line.append(String.format("\\u%04x", c));
          } else {
            line.appendCodePoint(c);
          }
        }
      }
    });
    return line.toString();
  }
}
