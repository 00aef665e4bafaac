package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.Phrases.Span;
import dev.parallax.analysis.attribution.Phrases.VerbGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the attributed statements of one article, sentence by sentence in reading order:
 * <ol>
 *   <li>direct quotes (« », “ ”, "…"), across sentences and joined over an incise, each with the frame that gives its
 *   source: an incise after it («…», a-t-il affirmé), a frame before it (précise le communiqué, « … »; X a déclaré :
 *   « … »; selon X, « … »), the clause before a colon, or else the source of the quote just before it;</li>
 *   <li>paraphrase outside quotes: "selon X", an inverted incise (", renseigne le document,"), "X a déclaré que…",
 *   and a named person's reporting verb with its object ("Abdoulaye Diop a exprimé … la détermination…").</li>
 * </ol>
 */
final class AttributionFinder {
  /** Quotes this short with no frame of their own are names or scare quotes, not statements. */
  private static final int MIN_UNFRAMED_QUOTE_WORDS = 3;
  /** At most this many tokens between two quotes for them to be one quote split by an incise. */
  private static final int MAX_INCISE_TOKENS = 10;
  /** At most this many adverbs, complements or the person told between a reporting verb and its bare clause. */
  private static final int MAX_BARE_CLAUSE_SKIPS = 8;
  /** How far back a bare description ("le document") looks for the source it stands for. */
  private static final int RECENT_SENTENCES = 2;
  /** The marks and spaces at either end of a quote's text. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("^[«“\"\\s\u00A0]+|[»”\"\\s\u00A0]+$");

  /** A frame: the verb (or "selon") tokens, the source's tokens, and who that is. */
  private record Frame(Span verb, Span source, Speaker speaker, String stance) {
  }

  /** A direct quote: its parts (marks included), split by an incise when there are two. */
  private record Quote(List<Span> parts) {
    int from() {
      return parts.get(0).from();
    }

    int to() {
      return parts.get(parts.size() - 1).to();
    }
  }

  private final AttributionLexicon lex;

  AttributionFinder(AttributionLexicon lexicon) {
    this.lex = lexicon;
  }

  List<Attribution> find(ArticleTokens t) {
    Phrases phrases = new Phrases(t, lex);
    SpeakerResolver resolver = new SpeakerResolver(t, phrases, lex);
    return new Run(t, phrases, resolver).find();
  }

  /** The state of one article's pass: what is found so far and which tokens a frame has used. */
  private final class Run {
    private final ArticleTokens t;
    private final Phrases phrases;
    private final SpeakerResolver resolver;
    private final boolean[] used;
    private final List<Attribution> found = new ArrayList<>();
    private final List<Integer> foundParagraphs = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();

    Run(ArticleTokens tokens, Phrases phrases, SpeakerResolver resolver) {
      this.t = tokens;
      this.phrases = phrases;
      this.resolver = resolver;
      this.used = new boolean[tokens.size()];
    }

    List<Attribution> find() {
      List<Quote> quotes = quotes();
      int next = 0;
      for (int s = 0; s < t.sentenceCount(); s++) {
        int previousEnd = t.sentenceStart(s);
        while (next < quotes.size() && t.sentenceIndex(quotes.get(next).from()) == s) {
          Quote quote = quotes.get(next++);
          direct(quote, previousEnd);
          previousEnd = quote.to() + 1;
        }
        paraphrase(s);
      }
      return found;
    }

    // ---- direct quotes

    /** Runs of tokens the language layer marked as quoted (marks included), within one paragraph. */
    private List<Quote> quotes() {
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        if (!t.quoted(i)) {
          continue;
        }
        int end = i;
        while (end + 1 < t.size() && t.quoted(end + 1) && t.paragraph(end + 1) == t.paragraph(i)) {
          end++;
        }
        spans.add(new Span(i, end));
        i = end;
      }
      List<Quote> quotes = new ArrayList<>();
      for (Span span : spans) {
        Quote last = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
        if (last != null && splitByIncise(last.to(), span.from())) {
          List<Span> parts = new ArrayList<>(last.parts());
          parts.add(span);
          quotes.set(quotes.size() - 1, new Quote(parts));
        } else {
          quotes.add(new Quote(List.of(span)));
        }
      }
      return quotes;
    }

    private boolean splitByIncise(int previousEnd, int nextStart) {
      int gap = nextStart - previousEnd - 1;
      return gap > 0 && gap <= MAX_INCISE_TOKENS && t.paragraph(previousEnd) == t.paragraph(nextStart)
          && phrases.comma(previousEnd + 1) && incise(previousEnd + 1, nextStart).isPresent();
    }

    private void direct(Quote quote, int floor) {
      int sentence = t.sentenceIndex(quote.from());
      Optional<Frame> frame = Optional.empty();
      for (int p = 1; p < quote.parts().size() && frame.isEmpty(); p++) {
        frame = incise(quote.parts().get(p - 1).to() + 1, quote.parts().get(p).from());
      }
      if (frame.isEmpty()) {
        frame = incise(quote.to() + 1, t.sentenceEnd(t.sentenceIndex(quote.to())));
      }
      if (frame.isEmpty()) {
        frame = laterIncise(quote.to() + 1, t.sentenceEnd(t.sentenceIndex(quote.to())));
      }
      if (frame.isEmpty()) {
        frame = before(floor, quote.from());
      }
      if (frame.isEmpty()) {
        frame = colon(floor, quote.from());
      }
      if (frame.isEmpty()) {
        frame = namedSubject(floor, quote.from());
      }
      if (frame.isEmpty()) {
        frame = continuation(t.paragraph(quote.from()));
      }
      String text = quoteText(quote);
      if (frame.isEmpty()) {
        if (text.split("\\s+").length < MIN_UNFRAMED_QUOTE_WORDS) {
          return;
        }
        frame = Optional.of(new Frame(Span.EMPTY, Span.EMPTY, new Speaker("", Speaker.NONE, ""), ""));
      }
      add(new Attribution(sentence, true, text, frame.get().speaker(), verbText(frame.get()), frame.get().stance()),
          t.paragraph(quote.from()), frame.get());
    }

    private String quoteText(Quote quote) {
      List<String> parts = new ArrayList<>();
      for (Span part : quote.parts()) {
        parts.add(QUOTE_MARKS.matcher(t.text(part.from(), part.to())).replaceAll(""));
      }
      return String.join(" […] ", parts);
    }

    /** An incise right after {@code from}: ", selon X", ", a-t-il affirmé", ", précise le communiqué". */
    private Optional<Frame> incise(int from, int limit) {
      int i = from;
      while (i < limit && phrases.comma(i)) {
        i++;
      }
      int according = phrases.accordingTo(i, limit);
      if (according > 0) {
        return source(new Span(i, i + according - 1), i + according, limit, "neutral");
      }
      for (int v = i; v < limit && v < i + 4; v++) {
        Optional<VerbGroup> group = phrases.verbGroup(v, i);
        if (group.isPresent() && group.get().from() == i && !group.get().passive()) {
          return verbFrame(group.get(), limit);
        }
        if (!(t.tagged(v, "AUX") || t.tagged(v, "ADV") || phrases.pronoun(v))) {
          break;
        }
      }
      return subjectFirstIncise(i, limit);
    }

    /**
     * An inverted incise further on in the quote's sentence, past the words that finish it: « à gouverner avec
     * humilité » à tous les niveaux, a-t-il déclaré lundi. Only a verb with its subject clitic, which cannot be
     * anything but an incise.
     */
    private Optional<Frame> laterIncise(int from, int limit) {
      for (int k = from; k < limit && !t.quoted(k); k++) {
        if (!phrases.comma(k)) {
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
          Speaker speaker = resolve(new Span(subject.from(), verbFrom - 1));
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
    private boolean closes(int from, int limit) {
      int k = from;
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
        } else {
          return false;
        }
      }
      return k >= limit;
    }

    /** The source after "selon" or an inverted verb: a pronoun ("selon lui") or a noun phrase. */
    private Optional<Frame> source(Span verb, int from, int limit, String stance) {
      Span source = phrases.pronoun(from) ? new Span(from, from) : phrases.afterVerb(from, limit);
      if (source.empty()) {
        return Optional.empty();
      }
      return Optional.of(new Frame(verb, source, resolve(source), stance));
    }

    private Optional<Frame> verbFrame(VerbGroup group, int limit) {
      Span verb = new Span(group.from(), group.to());
      if (group.hasClitic()) {
        return Optional.of(new Frame(verb, Span.EMPTY, resolve(new Span(group.clitic(), group.clitic())),
            group.form().stance()));
      }
      return source(verb, group.to() + 1, limit, group.form().stance());
    }

    /** A frame before a quote in its sentence: "selon X, «", "précise le communiqué, «", "X a déclaré : «". */
    private Optional<Frame> before(int floor, int quoteStart) {
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
    private Optional<Frame> clauseFrame(VerbGroup group, int floor, int limit) {
      boolean inverted = group.from() == floor || phrases.comma(group.from() - 1);
      if (group.hasClitic() || inverted) {
        Optional<Frame> frame = verbFrame(group, limit);
        // ", said the quake was…" after an apposition is not inverted: look for the subject before it
        if (frame.isPresent() && frame.get().speaker().known() || group.hasClitic()) {
          return frame;
        }
      }
      Span subject = phrases.subject(group.from(), floor);
      if (subject.empty()) {
        return Optional.empty();
      }
      return Optional.of(new Frame(new Span(group.from(), group.to()), subject, resolve(subject),
          group.form().stance()));
    }

    /** "Le ministre est catégorique : « … »": the subject of the clause before a colon, when it names a source. */
    private Optional<Frame> colon(int floor, int quoteStart) {
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
          Speaker speaker = resolve(subject);
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
    private Optional<Frame> namedSubject(int floor, int quoteStart) {
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
        Speaker speaker = resolve(subject);
        return speaker.known() ? Optional.of(new Frame(new Span(from, v), subject, speaker, "")) : Optional.empty();
      }
      return Optional.empty();
    }

    /** A quote with no frame of its own continues the source quoted just before, in its paragraph or the one before. */
    private Optional<Frame> continuation(int paragraph) {
      if (found.isEmpty() || foundParagraphs.get(found.size() - 1) < paragraph - 1) {
        return Optional.empty();
      }
      return Optional.of(new Frame(Span.EMPTY, Span.EMPTY, found.get(found.size() - 1).speaker(), ""));
    }

    // ---- paraphrase

    private void paraphrase(int s) {
      int from = t.sentenceStart(s);
      int to = t.sentenceEnd(s);
      for (int i = from; i < to; i++) {
        if (t.quoted(i) || used[i]) {
          continue;
        }
        int according = phrases.accordingTo(i, to);
        if (according > 0) {
          Optional<Frame> frame = source(new Span(i, i + according - 1), i + according, to, "neutral");
          if (frame.isPresent() && noneUsed(frame.get().source()) && frame.get().speaker().known()) {
            indirect(s, frame.get(), around(from, to, i, frame.get().source().to()));
            continue;
          }
        }
        Optional<VerbGroup> group = phrases.verbGroup(i, from);
        if (group.isPresent() && !group.get().passive()) {
          reported(s, group.get(), from, to);
        }
      }
    }

    private void reported(int s, VerbGroup group, int from, int to) {
      boolean inverted = (group.from() == from || phrases.comma(group.from() - 1)) && !group.hasClitic();
      if (inverted) {
        Optional<Frame> frame = source(new Span(group.from(), group.to()), group.to() + 1, to, group.form().stance());
        boolean closes = frame.isPresent() && (phrases.comma(frame.get().source().to() + 1)
            || frame.get().source().to() + 1 >= lastWord(to));
        if (closes && frame.get().speaker().known()) {
          indirect(s, frame.get(), around(from, to, group.from(), frame.get().source().to()));
          return;
        }
      }
      int complementizer = complementizer(group.to() + 1, to);
      Optional<Frame> frame = clauseFrame(group, from, to)
          .filter(f -> !inverted || group.hasClitic() || f.source().from() < group.from());
      if (frame.isEmpty() || !frame.get().speaker().known()) {
        return;
      }
      Span source = frame.get().source();
      boolean subjectFirst = !source.empty() && source.to() < group.from();
      int frameStart = source.empty() ? group.from() : Math.min(source.from(), group.from());
      boolean incise = (subjectFirst || group.hasClitic()) && frameStart > from && phrases.comma(frameStart - 1)
          && closes(group.to() + 1, to);
      if (incise) {
        // "Flags will be at half-mast on all public buildings, the royal palace said."
        indirect(s, frame.get(), around(from, to, frameStart, group.to()));
        return;
      }
      int bareClause = subjectFirst && lex.is("bare-clause", t.lower(group.verb()))
          ? bareClause(group.to() + 1, to) : -1;
      if (complementizer >= 0) {
        indirect(s, frame.get(), new Span(complementizer + 1, lastWord(to)));
      } else if (bareClause >= 0) {
        // "A local official said most deaths were in mountain areas", "X told Reuters on Friday the toll had risen"
        indirect(s, frame.get(), new Span(bareClause, lastWord(to)));
      } else if (frame.get().source().from() < group.from() && phrases.name(frame.get().source()).isPresent()) {
        indirect(s, frame.get(), new Span(skipAside(group.to() + 1, to), lastWord(to)));
      }
    }

    /** The "que" that opens reported content after a verb, past a few adverbs and complements ("a déclaré jeudi que"). */
    private int complementizer(int from, int to) {
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
     * Where the clause reported by a verb that takes one without a complementizer begins ("said most deaths were…"),
     * past adverbs, prepositional phrases ("on Thursday", "in a statement") and the person told ("told Reuters"); -1
     * when what follows is not a clause with a verb of its own.
     */
    private int bareClause(int from, int to) {
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
    private int skipAside(int i, int to) {
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
     * The content around a frame in the middle of a sentence: what follows it, preceded by what comes before when
     * that is the subject ("L'attaque, d'après des témoins, aurait été…") and not a connective ("A ce titre, …").
     */
    private List<Span> around(int from, int to, int frameFrom, int frameTo) {
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
      if (after.empty()) {
        return List.of(before);
      }
      if (!before.empty() && hasVerb(before) && !hasVerb(after)) {
        // "Plus de 2 000 personnes ont péri …, selon le bilan encore provisoire des autorités communiqué dimanche"
        return List.of(before);
      }
      boolean subjectBefore = !before.empty() && (t.tagged(from, "DET") || t.tagged(from, "NOUN")
          || t.tagged(from, "PROPN") || t.tagged(from, "PRON") || t.tagged(from, "NUM") || hasVerb(before));
      return subjectBefore ? List.of(before, after) : List.of(after);
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

    private int lastWord(int to) {
      int last = to - 1;
      while (last > 0 && !t.isWord(last) && !t.quoted(last)) {
        last--;
      }
      return last;
    }

    private void indirect(int s, Frame frame, Span content) {
      indirect(s, frame, List.of(content));
    }

    private void indirect(int s, Frame frame, List<Span> content) {
      if (content.stream().allMatch(Span::empty)) {
        return;
      }
      String text = String.join(" ", content.stream().filter(c -> !c.empty()).map(c -> t.text(c.from(), c.to()))
          .toList());
      for (Span span : content) {
        mark(span);
      }
      add(new Attribution(s, false, text, frame.speaker(), verbText(frame), frame.stance()),
          t.paragraph(t.sentenceStart(s)), frame);
    }

    // ---- shared

    /**
     * The speaker a phrase names. A bare description ("le document", "the ministry") may stand for a source quoted in
     * the sentences just before, not for one quoted paragraphs away.
     */
    private Speaker resolve(Span source) {
      int sentence = t.sentenceIndex(source.from());
      List<Speaker> recent = new ArrayList<>();
      for (int k = 0; k < found.size(); k++) {
        if (found.get(k).sentence() >= sentence - RECENT_SENTENCES) {
          recent.add(speakers.get(k));
        }
      }
      return resolver.resolve(source, source.from(), recent);
    }

    private String verbText(Frame frame) {
      return frame.verb().empty() ? Attribution.NO_VERB : t.text(frame.verb().from(), frame.verb().to());
    }

    private void add(Attribution attribution, int paragraph, Frame frame) {
      found.add(attribution);
      foundParagraphs.add(paragraph);
      speakers.add(attribution.speaker());
      mark(frame.verb());
      mark(frame.source());
    }

    private void mark(Span span) {
      for (int i = Math.max(0, span.from()); i <= span.to(); i++) {
        used[i] = true;
      }
    }

    private boolean noneUsed(Span span) {
      for (int i = span.from(); i <= span.to(); i++) {
        if (used[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
