package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.Phrases.Span;
import java.util.List;

/**
 * Where the words a source is given begin and end in a paraphrase: after "que"/"that", a bare clause after "said",
 * past an aside, or around an incise in the middle of the sentence.
 */
final class ReportedClauses {
  /** At most this many adverbs, complements or the person told between a reporting verb and its bare clause. */
  static final int MAX_BARE_CLAUSE_SKIPS = 8;

  private final ArticleTokens t;
  private final Phrases phrases;
  private final AttributionLexicon lex;

  ReportedClauses(ArticleTokens tokens, Phrases phrases, AttributionLexicon lexicon) {
    this.t = tokens;
    this.phrases = phrases;
    this.lex = lexicon;
  }

  /** The "que" that opens reported content after a verb, past a few adverbs and complements ("a déclaré jeudi que"). */
  int complementizer(int from, int to) {
    for (int i = from; i < to && i < from + 7; i++) {
      if (lex.is("complementizer", t.lower(i))) {
        return i;
      }
      if (t.tagged(i, "VERB") || t.tagged(i, "AUX") || t.quoted(i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The "that" after a participle of saying, past a complement whose adjective the tagger reads as a verb ("saying in
   * a televised statement that"); -1 when another verb, a comma or a quote comes first.
   */
  int complementizerAfterParticiple(int from, int to) {
    for (int i = from; i < to && i < from + MAX_BARE_CLAUSE_SKIPS; i++) {
      if (lex.is("complementizer", t.lower(i))) {
        return i;
      }
      boolean adjective = t.tagged(i, "VERB") && t.tagged(i - 1, "DET");
      if (t.quoted(i) || t.tagged(i, "AUX") || phrases.comma(i) || t.tagged(i, "VERB") && !adjective) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the clause reported by a verb that takes one without a complementizer begins ("said most deaths were…"),
   * past adverbs, prepositional phrases ("on Thursday", "in a statement") and the person told ("told Reuters"); -1
   * when what follows is not a clause with a verb of its own.
   */
  int bareClause(int from, int to) {
    int i = from;
    for (int steps = 0; i < to && steps < MAX_BARE_CLAUSE_SKIPS; steps++) {
      boolean bareNoun = (t.tagged(i, "PROPN") || t.tagged(i, "NOUN")) && !t.tagged(i - 1, "DET");
      boolean clauseFollows = i + 1 < to && (t.tagged(i + 1, "DET") || t.tagged(i + 1, "PRON")
          || t.tagged(i + 1, "NUM") || t.tagged(i + 1, "ADP") || phrases.comma(i + 1));
      boolean adverb = t.tagged(i, "ADV") && !(t.tagged(i + 1, "NOUN") || t.tagged(i + 1, "ADJ")
          || t.tagged(i + 1, "NUM") || t.tagged(i + 1, "ADV"));
      if (adverb || (bareNoun && clauseFollows)) {
        i++; // "on Thursday", "told Reuters the…", but not "most houses" or a clause's own subject
      } else if (t.tagged(i, "ADP")) {
        Span complement = phrases.right(i + 1, to);
        if (complement.empty()) {
          return -1;
        }
        i = complement.to() + 1;
      } else {
        break;
      }
    }
    boolean opensClause = i < to && !t.quoted(i) && (t.tagged(i, "DET") || t.tagged(i, "PRON") || t.tagged(i, "ADV")
        || t.tagged(i, "NOUN") || t.tagged(i, "PROPN") || t.tagged(i, "NUM") || t.tagged(i, "ADJ"));
    if (!opensClause) {
      return -1;
    }
    for (int k = i + 1; k < to; k++) {
      if (t.tagged(k, "VERB") || t.tagged(k, "AUX")) {
        return i;
      }
    }
    return -1;
  }

  /** Skips an aside between commas right after the verb ("a exprimé, après les discussions, la détermination"). */
  int skipAside(int i, int to) {
    if (!phrases.comma(i)) {
      return i;
    }
    for (int j = i + 1; j < to; j++) {
      if (phrases.comma(j)) {
        return j + 1;
      }
    }
    return i;
  }

  /**
   * A figure given "selon X" inside a clause, with no comma before the source ("a été de magnitude 7 selon le Centre
   * marocain", "(6,8 selon le service sismologique américain)"): where the figure's phrase begins, at the preposition
   * or the mark that opens it; -1 when the words before "selon" are no figure or a comma parts them from it.
   */
  int figureBefore(int according, int from) {
    int k = according - 1;
    boolean number = false;
    while (k >= from && !t.quoted(k) && (t.tagged(k, "NUM") || t.tagged(k, "NOUN") || t.tagged(k, "ADJ")
        || t.tagged(k, "SYM"))) {
      number |= t.tagged(k, "NUM");
      k--;
    }
    if (!number || k == according - 1) {
      return -1;
    }
    if (k >= from && t.tagged(k, "ADP") && !t.tagged(k, "ADP+DET")) {
      return k; // "de magnitude 7"
    }
    return k < from || (!t.isWord(k) && !phrases.comma(k)) ? k + 1 : -1; // "(6,8"
  }

  /**
   * The content around a frame in the middle of a sentence: what follows it, preceded by what comes before when
   * that is the subject ("L'attaque, d'après des témoins, aurait été…") and not a connective ("A ce titre, …").
   */
  List<Span> around(int from, int to, int frameFrom, int frameTo) {
    int beforeEnd = frameFrom - 1;
    while (beforeEnd >= from && phrases.comma(beforeEnd)) {
      beforeEnd--;
    }
    int afterStart = frameTo + 1;
    while (afterStart < to && phrases.comma(afterStart)) {
      afterStart++;
    }
    Span before = new Span(from, beforeEnd);
    Span after = new Span(afterStart, lastWord(to));
    int relative = relativeHoldingTheFigure(before);
    if (relative >= 0) {
      // "…un violent séisme dans lequel ont péri plus de 2.000 personnes, selon le dernier bilan officiel"
      return List.of(new Span(relative, beforeEnd));
    }
    if (after.empty()) {
      return List.of(before);
    }
    if (!before.empty() && hasVerb(before) && !hasVerb(after)) {
      // "Plus de 2 000 personnes ont péri …, selon le bilan encore provisoire des autorités communiqué dimanche"
      return List.of(before);
    }
    // a fronted partitive ("Of the injured, the ministry wrote, 721 were…") belongs to the clause, unlike "Of course"
    boolean partitive = lex.is("partitive", t.lower(from)) && t.tagged(from + 1, "DET");
    boolean subjectBefore = !before.empty() && (t.tagged(from, "DET") || t.tagged(from, "NOUN")
        || t.tagged(from, "PROPN") || t.tagged(from, "PRON") || t.tagged(from, "NUM") || hasVerb(before) || partitive);
    return subjectBefore ? List.of(before, after) : List.of(after);
  }

  /**
   * Where an oblique relative clause begins ("dans lequel ont péri plus de 2.000 personnes") after a complete clause,
   * when it, and not that clause, holds the figure a source is given for; -1 otherwise.
   */
  private int relativeHoldingTheFigure(Span before) {
    for (int k = before.from() + 1; k <= before.to(); k++) {
      if (!lex.is("relative", t.lower(k)) || t.quoted(k)) {
        continue;
      }
      Span main = new Span(before.from(), k - 1);
      if (!hasVerb(main) || holdsNumber(main) || !holdsNumber(new Span(k + 1, before.to()))) {
        return -1;
      }
      return t.tagged(k - 1, "ADP") ? k - 1 : k;
    }
    return -1;
  }

  private boolean holdsNumber(Span span) {
    for (int k = span.from(); k <= span.to(); k++) {
      if (t.tagged(k, "NUM") && !t.quoted(k)) {
        return true;
      }
    }
    return false;
  }

  /** A clause, not a connective or a complement: the span holds a finite verb or an auxiliary. */
  private boolean hasVerb(Span span) {
    for (int k = span.from(); k <= span.to(); k++) {
      if ((t.tagged(k, "VERB") || t.tagged(k, "AUX")) && !t.quoted(k)) {
        return true;
      }
    }
    return false;
  }

  int lastWord(int to) {
    int last = to - 1;
    while (last > 0 && !t.isWord(last) && !t.quoted(last)) {
      last--;
    }
    return last;
  }
}
