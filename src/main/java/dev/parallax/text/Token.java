package dev.parallax.text;

/**
 * A token of an article with its character offsets into the article's text.
 *
 * @param lower lowercase form with typographic apostrophes made straight
 * @param stem the stem used to match words and lexicon entries across inflections
 * @param pos Universal Dependencies part-of-speech tag (VERB, AUX, NOUN...), or "X" when the language has no tagger
 * @param quoted true when the token lies inside quotation marks: the words are the quoted source's, not the outlet's
 */
public record Token(String text, int start, int end, String lower, String stem, String pos, boolean quoted) {

  /** Holds a letter or a digit. A loop, not a stream: word counts call this for every token, many times. */
  public boolean isWord() {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  public boolean isProperNoun() {
    return pos.equals("PROPN");
  }
}
