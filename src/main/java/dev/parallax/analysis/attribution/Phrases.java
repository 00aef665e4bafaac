package dev.parallax.analysis.attribution;

import java.util.Optional;

/**
 * Noun phrases, verb groups and names in an article's tokens, read from the universal POS tags and the
 * attribution lists. Spans are inclusive token indexes into {@link ArticleTokens}.
 */
final class Phrases {

  /** An inclusive span of tokens; empty when {@code to < from}. */
  record Span(int from, int to) {
    static final Span EMPTY = new Span(0, -1);

    boolean empty() {
      return to < from;
    }
  }

  /** A verb group around a reporting verb: auxiliaries, adverbs and clitics included ("a-t-il affirmé"). */
  record VerbGroup(int from, int verb, int to, AttributionLexicon.VerbForm form, int clitic, boolean passive) {
    boolean hasClitic() {
      return clitic >= 0;
    }
  }

  /** An apposition between commas ("a resident of the mountain village of Asni near the epicentre") is this short. */
  private static final int MAX_APPOSITION_TOKENS = 16;

  private final ArticleTokens t;
  private final AttributionLexicon lex;

  Phrases(ArticleTokens tokens, AttributionLexicon lexicon) {
    this.t = tokens;
    this.lex = lexicon;
  }

  boolean nominal(int i) {
    return t.tagged(i, "NOUN") || t.tagged(i, "PROPN") || t.tagged(i, "ADJ") || t.tagged(i, "NUM") || misreadNoun(i);
  }

  private boolean determiner(int i) {
    return t.tagged(i, "DET") || t.pos(i).equals("ADP+DET");
  }

  boolean comma(int i) {
    return t.lower(i).equals(",");
  }

  boolean pronoun(int i) {
    return lex.pronoun(t.lower(i)).isPresent();
  }

  /** The noun phrase starting at {@code i} (article, adjectives, nouns, "de" complements), not reaching {@code limit}. */
  Span right(int i, int limit) {
    int j = i;
    if (j < limit && determiner(j)) {
      j++;
    }
    int head = j;
    while (j < limit) {
      if (nominal(j)) {
        j++;
      } else if (j > head && lex.is("linker", t.lower(j))) {
        int k = j + 1;
        if (k < limit && determiner(k)) {
          k++;
        }
        if (k < limit && (t.tagged(k, "NOUN") || t.tagged(k, "PROPN"))) {
          j = k;
        } else {
          break;
        }
      } else if (j > head && t.tagged(j, "VERB") && (j + 1 >= limit || t.tagged(j + 1, "PUNCT"))) {
        j++; // a participle closing the phrase, tagged as a verb ("le communiqué conjoint,")
      } else if (j > head && t.tagged(j, "VERB") && t.tagged(j - 1, "NOUN") && j + 1 < limit
          && lex.is("linker", t.lower(j + 1)) && lex.verb(t.lower(j)).isEmpty()) {
        j++; // an adjective tagged as a verb before a complement ("le dernier bilan provisoire du ministère")
      } else {
        break;
      }
    }
    return j > head ? new Span(i, j - 1) : Span.EMPTY;
  }

  /** The noun phrase ending at {@code end}, not reaching before {@code floor}. */
  Span left(int end, int floor) {
    int j = end;
    if (j > floor && t.tagged(j, "VERB") && t.tagged(j - 1, "NOUN")) {
      j--; // the same participle-as-adjective, before the verb group ("le communiqué conjoint a précisé")
    }
    int from = -1;
    while (j >= floor) {
      if (nominal(j)) {
        from = j--;
      } else if (from >= 0 && lex.is("linker", t.lower(j)) && j - 1 >= floor && nominal(j - 1)) {
        j--; // "des Affaires" after a noun: a complement, not the start of the phrase
      } else if (determiner(j) && from >= 0) {
        from = j;
        if (j - 1 >= floor && lex.is("linker", t.lower(j - 1))) {
          j -= 2; // "de la Sécurité": the article belongs to a complement
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return from < 0 ? Span.EMPTY : new Span(from, end);
  }

  /** A noun phrase with its apposition, if any: "le ministre malien de la Sécurité, le général Salif Traoré". */
  Span withApposition(Span phrase, int limit) {
    if (phrase.empty() || !comma(phrase.to() + 1)) {
      return phrase;
    }
    Span next = right(phrase.to() + 2, limit);
    return !next.empty() && name(next).isPresent() && name(phrase).isEmpty() ? new Span(phrase.from(), next.to()) : phrase;
  }

  /** The subject before a verb group: a pronoun, a noun phrase, or a name with its apposed role. */
  Span subject(int groupStart, int floor) {
    int end = groupStart - 1;
    Span pastAside = beforeRelativeOrDashAside(end, floor);
    if (!pastAside.empty()) {
      return pastAside;
    }
    boolean comma = comma(end);
    if (comma) {
      end--;
    }
    if (end < floor) {
      return Span.EMPTY;
    }
    if (!comma && pronoun(end)) {
      return new Span(end, end);
    }
    Span phrase = left(end, floor);
    if (comma && !phrase.empty()) {
      Span named = namedBeforeApposition(phrase, floor);
      if (!named.empty()) {
        return named;
      }
    }
    return comma || phrase.empty() ? phrase : beforeParticiple(phrase, floor);
  }

  /**
   * "Economists polled by Reuters last week predicted", "Euro-area data published May 31 showed", "des analystes
   * interrogés par l'AFP estiment": a past participle with its complement after a noun modifies that noun, which is
   * the subject; the phrase found right before the verb is the participle's complement. A verb of saying with no
   * preposition after it is no such participle ("said Friday officials estimated").
   */
  private Span beforeParticiple(Span phrase, int floor) {
    int p = phrase.from() - 1;
    boolean preposition = p > floor && t.tagged(p, "ADP") && !lex.is("linker", t.lower(p));
    if (preposition) {
      p--;
    }
    boolean participle = p > floor && t.tagged(p, "VERB") && !t.tagged(p - 1, "AUX") && !t.quoted(p)
        && (preposition || lex.verb(t.lower(p)).isEmpty())
        && (t.tagged(p - 1, "NOUN") || t.tagged(p - 1, "PROPN"));
    if (!participle) {
      return phrase;
    }
    Span noun = left(p - 1, floor);
    return noun.empty() ? phrase : noun;
  }

  /**
   * The subject before an aside that ends at {@code close}, right before the verb: a relative clause between commas
   * ("Algeria, which broke off ties with Morocco two years ago, said") or anything between two dashes ("Christine
   * Lagarde — who donned a necklace … — emphasized"). Such an aside may hold verbs of its own; empty when there is
   * none.
   */
  private Span beforeRelativeOrDashAside(int close, int floor) {
    boolean dash = dash(close);
    if (!dash && !comma(close)) {
      return Span.EMPTY;
    }
    for (int c = close - 1; c > floor && c >= close - MAX_APPOSITION_TOKENS; c--) {
      if (dash ? dash(c) : comma(c)) {
        boolean relative = t.tagged(c + 1, "PRON") && !pronoun(c + 1)
            && (t.tagged(c + 2, "VERB") || t.tagged(c + 2, "AUX"));
        return dash || relative ? left(c - 1, floor) : Span.EMPTY;
      }
      if (t.quoted(c) && !dash) {
        return Span.EMPTY;
      }
    }
    return Span.EMPTY;
  }

  /**
   * "Holzmann, one of the Governing Council most hawkish members, told": a lone proper noun that opens the clause,
   * before an apposition, is who the apposition describes; after a preposition ("In Marrakech, the ministry said")
   * it is a place or a time, not a subject.
   */
  private boolean loneProperNounOpening(Span before, int floor) {
    int first = before.from();
    boolean opens = first == floor || t.tagged(first - 1, "CCONJ") || t.tagged(first - 1, "PUNCT") && !comma(first - 1);
    return before.from() == before.to() && t.tagged(first, "PROPN") && Character.isUpperCase(t.get(first).text().charAt(0))
        && opens;
  }

  private boolean dash(int i) {
    return t.lower(i).equals("—") || t.lower(i).equals("–");
  }

  /**
   * "Montasir Itri, a resident of the mountain village of Asni near the epicentre, said": the subject is the phrase
   * before the apposition's opening comma, with the apposition, when one of the two holds a name and no verb stands
   * between them.
   */
  private Span namedBeforeApposition(Span apposition, int floor) {
    for (int c = apposition.from() - 1; c >= floor && c >= apposition.to() - MAX_APPOSITION_TOKENS; c--) {
      boolean participleOpening = t.tagged(c, "VERB") && comma(c - 1); // ", speaking at a G20 summit,"
      if ((t.tagged(c, "VERB") || t.tagged(c, "AUX")) && !participleOpening || t.quoted(c)) {
        return Span.EMPTY;
      }
      if (comma(c)) {
        Span before = left(c - 1, floor);
        boolean named = !before.empty() && (name(before).isPresent() || name(apposition).isPresent()
            || loneProperNounOpening(before, floor));
        return named ? new Span(before.from(), apposition.to()) : Span.EMPTY;
      }
    }
    return Span.EMPTY;
  }

  /** The noun phrase a reporting verb is followed by, past adverbs, bare time nouns and "à l'AFP"-like complements. */
  Span afterVerb(int i, int limit) {
    int j = i;
    for (int steps = 0; j < limit && steps < 6; steps++) {
      if (t.tagged(j, "ADV") || (t.tagged(j, "NOUN") && !determiner(j - 1) && !t.tagged(j + 1, "PROPN"))) {
        j++;
      } else if (t.tagged(j, "ADP") && !lex.is("linker", t.lower(j))) {
        Span complement = right(j + 1, limit);
        if (complement.empty()) {
          return Span.EMPTY;
        }
        j = complement.to() + 1;
      } else {
        break;
      }
    }
    return withApposition(right(j, limit), limit);
  }

  /** The reporting-verb group around token {@code v}, if {@code v} is a finite reporting verb. */
  Optional<VerbGroup> verbGroup(int v, int floor) {
    if (!t.tagged(v, "VERB")) {
      return Optional.empty();
    }
    Optional<AttributionLexicon.VerbForm> form = lex.verb(t.lower(v)).filter(AttributionLexicon.VerbForm::finite);
    if (form.isEmpty()) {
      return Optional.empty();
    }
    int from = v;
    int clitic = -1;
    boolean passive = false;
    while (from - 1 >= floor && (t.tagged(from - 1, "AUX") || t.tagged(from - 1, "ADV") && !misreadNoun(from - 1)
        || pronoun(from - 1)
        || lex.is("reflexive", t.lower(from - 1)) || insertedAdverbial(from - 1, floor) >= 0)) {
      int inserted = insertedAdverbial(from - 1, floor);
      if (inserted >= 0) {
        from = inserted;
        continue;
      }
      from--;
      passive |= lex.is("passive", t.lower(from));
      if (pronoun(from) && clitic < 0) {
        clitic = from;
      }
    }
    int to = v;
    if (t.lower(v + 1).startsWith("-") && pronoun(v + 1)) {
      to = v + 1;
      clitic = v + 1;
    }
    return Optional.of(new VerbGroup(from, v, to, form.get(), clitic, passive));
  }

  /**
   * The first token of an adverbial set between an auxiliary and its participle and ending at {@code end}, or -1:
   * "a en revanche dit", "a de son côté écrit" (a preposition, maybe a determiner, a noun), "a, lui, adressé".
   */
  private int insertedAdverbial(int end, int floor) {
    if (comma(end) && end - 2 >= floor && t.tagged(end - 1, "PRON") && comma(end - 2)
        && t.tagged(end - 3, "AUX")) {
      return end - 2;
    }
    if (!t.tagged(end, "NOUN") && !t.tagged(end, "ADV")) {
      return -1;
    }
    int k = end - 1;
    if (k >= floor && determiner(k) && !t.tagged(k, "ADP")) {
      k--;
    }
    boolean preposition = k >= floor && t.tagged(k, "ADP") && !lex.is("linker", t.lower(k)) || k >= floor
        && t.lower(k).equals("de");
    return preposition && k - 1 >= floor && t.tagged(k - 1, "AUX") ? k : -1;
  }

  /** The person's name in a span: two or more capitalised proper nouns, or one after a role noun ("le général Lecointre"). */
  Optional<Span> name(Span span) {
    for (int i = span.from(); i <= span.to(); i++) {
      if (!nameWord(i)) {
        continue;
      }
      int j = i;
      while (j + 1 <= span.to() && !possessive(j) && (nameWord(j + 1) || regnalNumber(j + 1))) {
        j++;
      }
      boolean afterArticle = determiner(i - 1) || t.tagged(i - 1, "ADP");
      boolean afterRole = t.tagged(i - 1, "NOUN") && headType(new Span(i - 1, i - 1)).filter("person"::equals).isPresent();
      // "Morocco's Interior Ministry", "the Commission’s provisional tally": the owner of an institution or a document
      // is not the source; the owner of words that are no source speaks ("Gordon Brown's regular media conference")
      boolean ownerOfASource = possessive(j) && j < span.to() && headType(new Span(j + 1, span.to()))
          .filter(type -> type.equals("institution") || type.equals("document")).isPresent();
      if (((j > i && !afterArticle) || afterRole) && !ownerOfASource) {
        return Optional.of(new Span(i, j));
      }
      i = j;
    }
    return Optional.empty();
  }

  /** A phrase that is a person's name and nothing else: two or more capitalised proper nouns ("Christine Lagarde"). */
  boolean fullName(Span span) {
    for (int i = span.from(); i <= span.to(); i++) {
      if (!nameWord(i) || i < span.to() && possessive(i)) {
        return false;
      }
    }
    return span.to() > span.from();
  }

  /** "Mohammed VI", "Charles III": a roman numeral after a name belongs to it. */
  private boolean regnalNumber(int i) {
    return (t.tagged(i, "NUM") || t.tagged(i, "PROPN")) && t.get(i).text().matches("[IVX]{2,5}");
  }

  /** "Morocco's", "Commission’s": a word that carries the possessive ending the tokenizer keeps on it. */
  boolean possessive(int i) {
    String lower = t.lower(i).replace('’', '\'');
    int apostrophe = lower.lastIndexOf('\'');
    return apostrophe > 0 && lex.is("possessive", lower.substring(apostrophe));
  }

  /**
   * "the National Election Commission’s provisional tally showed": a word read as an adverb right after a possessive
   * or an adjective and right before a verb is the noun that heads the phrase, a word the tagger misread.
   */
  private boolean misreadNoun(int i) {
    return t.tagged(i, "ADV") && (possessive(i - 1) || t.tagged(i - 1, "ADJ") && possessive(i - 2))
        && (t.tagged(i + 1, "VERB") || t.tagged(i + 1, "AUX"));
  }

  private boolean nameWord(int i) {
    return t.tagged(i, "PROPN") && Character.isUpperCase(t.get(i).text().charAt(0))
        && lex.sourceType(t.lower(i)).isEmpty();
  }

  /** The listed source type of a phrase's head: the longest listed phrase starting at its first words. */
  Optional<String> headType(Span span) {
    return head(span).flatMap(h -> lex.sourceType(t.phrase(h.from(), h.to())));
  }

  /** The listed head of a phrase ("secrétaire général", "communiqué conjoint", "ministre"), if any. */
  Optional<Span> head(Span span) {
    if (lex.is("word-order", "head-final")) {
      return headAtTheEnd(span);
    }
    for (int start = span.from(); start <= span.to(); start++) {
      for (int length = Math.min(lex.longestHead(), span.to() - start + 1); length >= 1; length--) {
        if (lex.sourceType(t.phrase(start, start + length - 1)).isPresent()) {
          return Optional.of(new Span(start, start + length - 1));
        }
      }
      if (t.tagged(start, "NOUN") || t.tagged(start, "PROPN")) {
        break; // the head noun is not listed: look no further into its complements
      }
    }
    return Optional.empty();
  }

  /**
   * In a language whose noun phrases end with their head ("State media", "the interior ministry", "ECB President
   * Christine Lagarde"), the rightmost listed phrase before a complement ("of the ministry").
   */
  private Optional<Span> headAtTheEnd(Span span) {
    int end = span.from();
    while (end + 1 <= span.to() && !lex.is("linker", t.lower(end + 1)) && !comma(end + 1)) {
      end++;
    }
    for (int last = end; last >= span.from(); last--) {
      for (int length = Math.min(lex.longestHead(), last - span.from() + 1); length >= 1; length--) {
        if (lex.sourceType(t.phrase(last - length + 1, last)).isPresent()) {
          return Optional.of(new Span(last - length + 1, last));
        }
      }
    }
    return Optional.empty();
  }

  /** A phrase's words without its leading article ("communiqué conjoint"). */
  String withoutArticle(Span span) {
    int from = span.from();
    if (determiner(from) && from < span.to()) {
      from++;
    }
    return t.text(from, span.to());
  }

  /** m, f or empty: the gender the phrase's article or title shows. */
  String gender(int i) {
    if (lex.is("masculine", t.lower(i))) {
      return "m";
    }
    return lex.is("feminine", t.lower(i)) ? "f" : "";
  }

  /** The number of a following according-to phrase's tokens at {@code i} ("d'après" is two), or 0. */
  int accordingTo(int i, int limit) {
    for (var phrase : lex.accordingTo()) {
      if (i + phrase.size() <= limit && matches(i, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private boolean matches(int i, java.util.List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!t.lower(i + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
