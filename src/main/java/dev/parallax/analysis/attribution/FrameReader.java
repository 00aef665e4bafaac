package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.Phrases.Span;
import dev.parallax.analysis.attribution.Phrases.VerbGroup;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a statement's source is, one construction family per method: an incise after the statement (inverted
 * ", a-t-il affirmé", ", précise le communiqué", ", selon X", or subject-first ", he said", ", the royal palace said."),
 * a frame before it ("selon X, «", "X a déclaré : «", the clause before a colon), and the named subject of a clause
 * whose object is a quote.
 */
final class FrameReader {
  /** At most this many tokens between two quotes for them to be one quote split by an incise. */
  static final int MAX_INCISE_TOKENS = 10;
  /** A verb group with an adverbial set in it ("a de son côté écrit") is at most this long. */
  private static final int MAX_VERB_GROUP_TOKENS = 7;

  /** A frame: the verb (or "selon") tokens, the source's tokens, and who that is. */
  record Frame(Span verb, Span source, Speaker speaker, String stance) {
  }

  private final ArticleTokens t;
  private final Phrases phrases;
  private final AttributionLexicon lex;
  private final boolean[] used;
  private final Function<Span, Speaker> resolve;
  private final Function<Span, Speaker> resolveAnew;

  /**
   * @param used the tokens a frame or a statement already took, which no other frame may take
   * @param resolve who a source phrase names, read where it stands
   * @param resolveAnew the same, for a phrase that cannot stand for a source named before it
   */
  FrameReader(ArticleTokens tokens, Phrases phrases, AttributionLexicon lexicon, boolean[] used,
              Function<Span, Speaker> resolve, Function<Span, Speaker> resolveAnew) {
    this.t = tokens;
    this.phrases = phrases;
    this.lex = lexicon;
    this.used = used;
    this.resolve = resolve;
    this.resolveAnew = resolveAnew;
  }

  /** An incise right after {@code from}: ", selon X", ", a-t-il affirmé", ", précise le communiqué". */
  Optional<Frame> incise(int from, int limit) {
    int i = from;
    while (i < limit && phrases.comma(i)) {
      i++;
    }
    int according = phrases.accordingTo(i, limit);
    if (according > 0) {
      return source(new Span(i, i + according - 1), i + according, limit, "neutral");
    }
    // the verb group starts right at the incise: "a-t-il affirmé", "a de son côté écrit", "a, lui, adressé"
    for (int v = i; v < limit && v < i + MAX_VERB_GROUP_TOKENS; v++) {
      Optional<VerbGroup> group = phrases.verbGroup(v, i);
      if (group.isPresent() && group.get().from() == i && !group.get().passive()) {
        return verbFrame(group.get(), limit);
      }
      if (t.quoted(v)) {
        break;
      }
    }
    return subjectFirstIncise(i, limit);
  }

  /**
   * An inverted incise further on in the quote's sentence, past the words that finish it and other quotes: « à
   * gouverner avec humilité » à tous les niveaux, a-t-il déclaré lundi. Only a verb with its subject clitic, which cannot be
   * anything but an incise.
   */
  Optional<Frame> laterIncise(int from, int limit) {
    for (int k = from; k < limit; k++) {
      if (t.quoted(k) || !phrases.comma(k)) { // past other quotes: "A" l'objectif "B", a-t-elle dit
        continue;
      }
      for (int v = k + 1; v < limit && v <= k + 3; v++) {
        Optional<VerbGroup> group = phrases.verbGroup(v, k + 1);
        if (group.isPresent() && group.get().from() == k + 1 && group.get().hasClitic() && !group.get().passive()) {
          return verbFrame(group.get(), limit);
        }
      }
    }
    return Optional.empty();
  }

  /** An incise in subject-verb order: ", he said.", ", Diop emphasized,", ", the royal palace said." */
  private Optional<Frame> subjectFirstIncise(int i, int limit) {
    Span subject = phrases.pronoun(i) ? new Span(i, i) : phrases.withApposition(phrases.right(i, limit), limit);
    if (!subject.empty() && subject.to() > subject.from() && phrases.verbGroup(subject.to(), i).isPresent()) {
      subject = new Span(subject.from(), subject.to() - 1); // "Lamghani said.": the verb closes the incise
    }
    if (subject.empty()) {
      return Optional.empty();
    }
    int verbFrom = subject.to() + 1;
    if (phrases.comma(verbFrom)) {
      // "…," Christine Lagarde, the president of the E.C.B., said: the apposition between its commas
      Span apposition = phrases.right(verbFrom + 1, limit);
      int close = apposition.empty() ? -1 : nextComma(apposition.to() + 1, limit);
      if (close < 0) {
        return Optional.empty();
      }
      verbFrom = close + 1;
    }
    for (int v = verbFrom; v < limit && v <= verbFrom + 2; v++) {
      Optional<VerbGroup> group = phrases.verbGroup(v, verbFrom);
      if (group.isPresent() && group.get().from() == verbFrom && !group.get().passive()
          && closes(group.get().to() + 1, limit)) {
        Speaker speaker = resolve.apply(new Span(subject.from(), verbFrom - 1));
        return speaker.known() ? Optional.of(new Frame(new Span(group.get().from(), group.get().to()), subject,
            speaker, group.get().form().stance())) : Optional.empty();
      }
      if (!(t.tagged(v, "AUX") || t.tagged(v, "ADV"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The first comma at or after {@code from} within a few tokens, or -1. */
  private int nextComma(int from, int limit) {
    for (int k = from; k < limit && k < from + MAX_INCISE_TOKENS; k++) {
      if (phrases.comma(k)) {
        return k;
      }
      if (t.tagged(k, "VERB") || t.tagged(k, "AUX") || t.quoted(k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when the incise ends at {@code from}: only adverbs, a day ("Thursday") or a complement ("in a
   * statement") stand before a comma, a quote or the sentence's end, not an object or a new clause.
   */
  boolean closes(int from, int limit) {
    int k = from;
    int complementEnd = -1;
    for (int steps = 0; k < limit && steps < MAX_INCISE_TOKENS; steps++) {
      if (phrases.comma(k) || t.quoted(k) || !t.isWord(k)) {
        return true;
      }
      boolean bareNoun = (t.tagged(k, "PROPN") || t.tagged(k, "NOUN")) && !t.tagged(k - 1, "DET");
      if (t.tagged(k, "ADV") || bareNoun) {
        k++;
      } else if (t.tagged(k, "ADP") && !lex.is("linker", t.lower(k))) {
        Span complement = phrases.right(k + 1, limit);
        if (complement.empty()) {
          return false;
        }
        k = complement.to() + 1;
        complementEnd = complement.to();
      } else if (t.tagged(k, "VERB") && participleOfComplement(complementEnd, k)) {
        // "said on X formerly called Twitter", "in an interview published May 28": the participle and its object
        // describe the complement
        Span object = phrases.right(k + 1, limit);
        k = object.empty() ? k + (t.tagged(k + 1, "PRON") ? 2 : 1) : object.to() + 1;
      } else {
        return false;
      }
    }
    return k >= limit;
  }

  /**
   * The last token of a source phrase with the participle that describes it ("…, indiquent les résultats finaux
   * provisoires proclamés mercredi."): the participle and the bare nouns or the phrase after it; the phrase's own end
   * when no participle follows.
   */
  int pastParticipleModifier(Span source, int limit) {
    int participle = source.to() + 1;
    // after a source that follows its verb or "selon", a verb can only be a participle, a verb of saying too
    boolean nounBefore = t.tagged(source.to(), "NOUN") || t.tagged(source.to(), "PROPN") || t.tagged(source.to(), "ADJ");
    if (participle >= limit || !t.tagged(participle, "VERB") || !nounBefore) {
      return source.to();
    }
    int end = participle;
    Span object = phrases.afterVerb(participle + 1, limit);
    if (!object.empty()) {
      end = object.to();
    } else {
      while (end + 1 < limit && (t.tagged(end + 1, "NOUN") || t.tagged(end + 1, "PROPN") || t.tagged(end + 1, "NUM"))) {
        end++;
      }
    }
    return end;
  }

  /**
   * "But for Christine Lagarde, the fight to control inflation … is not over", "Pour Christine Lagarde, …": a viewpoint
   * preposition opening the clause (after a conjunction at most) with a person's name and a comma gives that person's
   * view. Only a name: "For the first time, …" and "Pour la BCE, …" are no such frame.
   */
  Optional<Frame> viewpoint(int i, int from, int limit) {
    boolean opens = i == from || i == from + 1 && t.tagged(from, "CCONJ");
    if (!opens || !lex.is("viewpoint", t.lower(i)) || t.quoted(i)) {
      return Optional.empty();
    }
    Span phrase = phrases.right(i + 1, limit);
    if (phrase.empty() || !phrases.comma(phrase.to() + 1) || !phrases.fullName(phrase)) {
      return Optional.empty();
    }
    return Optional.of(new Frame(new Span(i, i), phrase, new Speaker(t.text(phrase.from(), phrase.to()), "person", ""),
        "neutral"));
  }

  /** A verb right after a complement's noun (adverbs between), not a verb of saying: a participle modifying it. */
  private boolean participleOfComplement(int complementEnd, int verb) {
    if (complementEnd < 0 || lex.verb(t.lower(verb)).isPresent()) {
      return false;
    }
    for (int k = complementEnd + 1; k < verb; k++) {
      if (!t.tagged(k, "ADV")) {
        return false;
      }
    }
    return t.tagged(complementEnd, "NOUN") || t.tagged(complementEnd, "PROPN") || t.tagged(complementEnd, "ADJ");
  }

  /** The source after "selon" or an inverted verb: a pronoun ("selon lui") or a noun phrase. */
  Optional<Frame> source(Span verb, int from, int limit, String stance) {
    Span source = phrases.pronoun(from) ? new Span(from, from) : phrases.afterVerb(from, limit);
    if (phrases.accordingTo(verb.from(), verb.to() + 1) == verb.to() - verb.from() + 1 && !phrases.pronoun(from)) {
      // after "selon" / "according to" a bare plural names the source ("according to figures read out…"), where
      // after a verb it is a time word to skip ("a déclaré jeudi")
      source = phrases.withApposition(phrases.right(from, limit), limit);
    }
    if (source.empty()) {
      return Optional.empty();
    }
    // "selon les chiffres annoncés au tribunal de Dakar par …": a source a participle describes is a new one, not "les
    // chiffres" of a sentence before
    boolean described = pastParticipleModifier(source, limit) > source.to();
    return Optional.of(new Frame(verb, source, (described ? resolveAnew : resolve).apply(source), stance));
  }

  private Optional<Frame> verbFrame(VerbGroup group, int limit) {
    Span verb = new Span(group.from(), group.to());
    if (group.hasClitic()) {
      return Optional.of(new Frame(verb, Span.EMPTY, resolve.apply(new Span(group.clitic(), group.clitic())),
          group.form().stance()));
    }
    return source(verb, group.to() + 1, limit, group.form().stance());
  }

  /** A frame before a quote in its sentence: "selon X, «", "précise le communiqué, «", "X a déclaré : «". */
  Optional<Frame> before(int floor, int quoteStart) {
    for (int p = quoteStart - 1; p >= floor; p--) {
      int according = phrases.accordingTo(p, quoteStart);
      if (according > 0 && !t.quoted(p)) {
        return source(new Span(p, p + according - 1), p + according, quoteStart, "neutral");
      }
    }
    for (int v = quoteStart - 1; v >= floor; v--) {
      Optional<VerbGroup> group = t.quoted(v) || used[v] ? Optional.empty() : phrases.verbGroup(v, floor);
      if (group.isEmpty() || group.get().passive()) {
        continue;
      }
      Optional<Frame> frame = clauseFrame(group.get(), floor, quoteStart);
      if (frame.isPresent()) {
        return frame;
      }
    }
    return Optional.empty();
  }

  /** The source of a reporting verb in a clause: its clitic, the phrase after an inverted verb, or its subject. */
  Optional<Frame> clauseFrame(VerbGroup group, int floor, int limit) {
    boolean inverted = group.from() == floor || phrases.comma(group.from() - 1);
    if (group.hasClitic() || inverted) {
      Optional<Frame> frame = verbFrame(group, limit);
      // ", said the quake was…" after an apposition is not inverted: look for the subject before it
      if (frame.isPresent() && frame.get().speaker().known() || group.hasClitic()) {
        return frame;
      }
    }
    // the subject may stand before a quote that an aside holds ("Lagarde — who donned … “In charge” — emphasized")
    Span subject = phrases.subject(group.from(), Math.min(floor, t.sentenceStart(t.sentenceIndex(group.from()))));
    if (subject.empty()) {
      return Optional.empty();
    }
    return Optional.of(new Frame(new Span(group.from(), group.to()), subject, resolve.apply(subject),
        group.form().stance()));
  }

  /**
   * "Elle a dit ne pas savoir « A » … et a même dit ne pas pouvoir « B »": a reporting verb coordinated to the clause
   * before it, with no subject of its own, before the quote. Its verb, for a frame whose source is the previous one.
   */
  Optional<Span> coordinatedVerb(int floor, int quoteStart) {
    for (int v = quoteStart - 1; v >= floor; v--) {
      Optional<VerbGroup> group = t.quoted(v) || used[v] ? Optional.empty() : phrases.verbGroup(v, floor);
      if (group.isPresent() && !group.get().passive() && !group.get().hasClitic()
          && t.tagged(group.get().from() - 1, "CCONJ")) {
        return Optional.of(new Span(group.get().from(), group.get().to()));
      }
    }
    return Optional.empty();
  }

  /**
   * "The Interior Ministry urged calm, saying in a televised statement that …", "Holzmann based his view on the latest
   * data, despite saying as late as last week that …": the present participle of a reporting verb speaks for the
   * subject of a clause before it in the sentence, the first that names a source.
   */
  Optional<Frame> participle(int v, int from) {
    Optional<AttributionLexicon.VerbForm> form = lex.verb(t.lower(v)).filter(AttributionLexicon.VerbForm::participle);
    if (form.isEmpty() || !t.tagged(v, "VERB") || used[v] || t.quoted(v)) {
      return Optional.empty();
    }
    for (int k = from; k < v; k++) {
      if (t.quoted(k) || !(t.tagged(k, "VERB") || t.tagged(k, "AUX")) || t.tagged(k - 1, "AUX")) {
        continue;
      }
      int start = k;
      while (start - 1 >= from && t.tagged(start - 1, "ADV")) {
        start--;
      }
      Span subject = phrases.subject(start, from);
      Speaker speaker = subject.empty() ? null : resolve.apply(subject);
      if (speaker != null && speaker.known()) {
        return Optional.of(new Frame(new Span(v, v), subject, speaker, form.get().stance()));
      }
    }
    return Optional.empty();
  }

  /** "Le ministre est catégorique : « … »": the subject of the clause before a colon, when it names a source. */
  Optional<Frame> colon(int floor, int quoteStart) {
    if (!t.lower(quoteStart - 1).equals(":")) {
      return Optional.empty();
    }
    for (int v = quoteStart - 2; v >= floor; v--) {
      if (t.tagged(v, "VERB") || t.tagged(v, "AUX")) {
        int from = v;
        while (from - 1 >= floor && (t.tagged(from - 1, "AUX") || t.tagged(from - 1, "ADV"))) {
          from--;
        }
        Span subject = phrases.subject(from, floor);
        if (subject.empty()) {
          return Optional.empty();
        }
        Speaker speaker = resolve.apply(subject);
        String stance = lex.verb(t.lower(v)).map(AttributionLexicon.VerbForm::stance).orElse("");
        return speaker.known() ? Optional.of(new Frame(new Span(from, v), subject, speaker, stance))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "Mohammed VI a donné des instructions « en vue de… »", "Macky Sall a adressé « ses condoléances »": a quote in
   * the object of a clause whose subject is a named person or body, with no verb of saying, is that subject's words.
   */
  Optional<Frame> namedSubject(int floor, int quoteStart) {
    for (int v = quoteStart - 1; v >= floor; v--) {
      if (t.quoted(v) || used[v] || !(t.tagged(v, "VERB") || t.tagged(v, "AUX"))) {
        continue;
      }
      int from = v;
      while (from - 1 >= floor && (t.tagged(from - 1, "AUX") || t.tagged(from - 1, "ADV"))) {
        from--;
      }
      Span subject = phrases.subject(from, floor);
      if (subject.empty() || phrases.name(subject).isEmpty()) {
        return Optional.empty();
      }
      Speaker speaker = resolve.apply(subject);
      return speaker.known() ? Optional.of(new Frame(new Span(from, v), subject, speaker, "")) : Optional.empty();
    }
    return Optional.empty();
  }
}
