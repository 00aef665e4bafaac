package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.Phrases.Span;
import java.util.Optional;

/**
 * Statements in the first person outside quotation marks. A news text does not say "je", "nous", "I" or "we" in its
 * own voice, so such a sentence is a source's words whose marks the page lost or never had: a pull quote signed by
 * the name after it ("Je ne dirais pas ça. Christine Lagarde", in its sentence or as one of its own), or the next
 * sentence of a quote left outside its marks ("« Nous maintiendrons … », a-t-elle déclaré. Nous ne nous engageons
 * pas …"). The pronouns are the
 * {@code first-person} role of attribution-markers.txt, read only where the tagger takes them as pronouns ("World War
 * I" is no speaker).
 */
final class FirstPersonStatements {
  /** A pull quote's signature: a name of two to four words, alone after the statement's last stop. */
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 4;

  /** The statement's words, and the name that signs it (empty when none does). */
  record Unmarked(Span words, Span signature) {
  }

  private final ArticleTokens t;
  private final AttributionLexicon lex;

  FirstPersonStatements(ArticleTokens tokens, AttributionLexicon lexicon) {
    this.t = tokens;
    this.lex = lexicon;
  }

  /** The sentence as a first-person statement outside quotation marks, if it is one. */
  Optional<Unmarked> in(int s) {
    int from = t.sentenceStart(s);
    int to = t.sentenceEnd(s);
    boolean firstPerson = false;
    for (int i = from; i < to; i++) {
      if (t.quoted(i)) {
        return Optional.empty();
      }
      firstPerson |= t.pos(i).equals("PRON") && lex.is("first-person", t.lower(i));
    }
    if (!firstPerson) {
      return Optional.empty();
    }
    Span signature = signature(from, to);
    int last = signature.empty() ? to - 1 : signature.from() - 1;
    return Optional.of(new Unmarked(new Span(from, last), signature.empty() ? signingSentence(s) : signature));
  }

  /** The paragraph's last sentence when it is a bare name ("Christine Lagarde" split off as a sentence of its own). */
  private Span signingSentence(int s) {
    int paragraph = t.paragraph(t.sentenceStart(s));
    int last = s;
    while (last + 1 < t.sentenceCount() && t.paragraph(t.sentenceStart(last + 1)) == paragraph) {
      last++;
    }
    if (last == s) {
      return Span.EMPTY;
    }
    int from = t.sentenceStart(last);
    int to = t.sentenceEnd(last);
    int words = to - from;
    for (int i = from; i < to; i++) {
      if (!t.pos(i).equals("PROPN") || !capitalised(i)) {
        return Span.EMPTY;
      }
    }
    return words >= MIN_NAME_WORDS && words <= MAX_NAME_WORDS ? new Span(from, to - 1) : Span.EMPTY;
  }

  /** A run of capitalised proper nouns closing the sentence right after a stop: "… pas ça. Christine Lagarde". */
  private Span signature(int from, int to) {
    int end = to - 1;
    while (end >= from && !t.isWord(end)) {
      end--;
    }
    int start = end;
    while (start > from && t.pos(start - 1).equals("PROPN") && capitalised(start - 1)) {
      start--;
    }
    int words = end - start + 1;
    boolean named = t.pos(end).equals("PROPN") && capitalised(start) && words >= MIN_NAME_WORDS
        && words <= MAX_NAME_WORDS;
    return named && start > from && t.lower(start - 1).matches("[.!?»”]") ? new Span(start, end) : Span.EMPTY;
  }

  private boolean capitalised(int i) {
    String text = t.get(i).text();
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
