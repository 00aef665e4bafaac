package dev.parallax.text;

import java.util.List;

/**
 * A sentence of an article's analysed body.
 *
 * @param id stable identifier {@code <outlet>#<n>}, n counting from 1 in reading order; for an outlet with several
 *     files in the story, {@code <outlet>/<file>#<n>}, n counting from 1 in each file
 * @param paragraph the paragraph's number, from 1
 * @param start character offset into the article's text
 */
public record Sentence(String id, String outlet, int number, int paragraph, int start, int end, String text,
                       List<Token> tokens, boolean heading) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public static String id(String article, int number) {
    return article + "#" + number;
  }

  // Loops, not streams: word counts are asked for per sentence by every analyzer and sheet.
  public int wordCount() {
    int words = 0;
    for (Token token : tokens) {
      words += token.isWord() ? 1 : 0;
    }
    return words;
  }

  public int quotedWordCount() {
    int words = 0;
    for (Token token : tokens) {
      words += token.quoted() && token.isWord() ? 1 : 0;
    }
    return words;
  }

  /** The text between two character offsets of the article, cut from this sentence. */
  public String slice(int from, int to) {
    return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
  }
}
