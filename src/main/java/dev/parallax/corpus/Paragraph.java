package dev.parallax.corpus;

/**
 * A paragraph of the analysed body: one or more non-blank lines of the file.
 *
 * @param start character offset of the first character in the original file text
 * @param heading true for a short line without final punctuation standing alone, such as a subheading
 */
public record Paragraph(int index, String text, int start, boolean heading) {
  public int end() {
    return start + text.length();
  }
}
