package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with offsets. No French tokenizer model ships on Maven
 * Central, so this is rule-based: elided words ("l'", "qu'") and the clitics of inverted verbs ("-t-il") become
 * tokens of their own, as in the Universal Dependencies French treebank the POS model was trained on.
 */
final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "\\p{N}+(?:[.,\\u00A0\\u202F]\\p{N}{3})*(?:[.,]\\p{N}+)?"   // numbers: 2025, 10 000, 1,5
      + "|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*['’]?"  // words, with inner hyphens and apostrophes
      + "|\\S");

  /** A raw token: its text and offsets relative to the text that was split. */
  record Span(String text, int start, int end) {
  }

  private final Language language;

  Tokenizer(Language language) {
    this.language = language;
  }

  List<Span> tokenize(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      if (Character.isSpaceChar(matcher.group().charAt(0))) {
        continue;
      }
      splitWord(matcher.group(), matcher.start(), spans);
    }
    return spans;
  }

  private void splitWord(String word, int start, List<Span> out) {
    Matcher elided = language.elision().matcher(word);
    if (elided.lookingAt() && elided.end() < word.length()) {
      out.add(new Span(word.substring(0, elided.end()), start, start + elided.end()));
      splitWord(word.substring(elided.end()), start + elided.end(), out);
      return;
    }
    Matcher clitic = language.invertedClitic().matcher(word);
    if (clitic.find() && clitic.start() > 0) {
      out.add(new Span(word.substring(0, clitic.start()), start, start + clitic.start()));
      out.add(new Span(word.substring(clitic.start()), start + clitic.start(), start + word.length()));
      return;
    }
    out.add(new Span(word, start, start + word.length()));
  }
}
