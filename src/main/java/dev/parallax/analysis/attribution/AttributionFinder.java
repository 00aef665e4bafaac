package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.FrameReader.Frame;
import dev.parallax.analysis.attribution.Phrases.Span;
import dev.parallax.analysis.attribution.Phrases.VerbGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the attributed statements of one article, sentence by sentence in reading order:
 * <ol>
 *   <li>direct quotes (« », “ ”, "…"), across sentences and joined over an incise, each with the frame that gives its
 *   source: an incise after it («…», a-t-il affirmé), a frame before it (précise le communiqué, « … »; X a déclaré :
 *   « … »; selon X, « … »), the clause before a colon, or else the source of the quote just before it;</li>
 *   <li>paraphrase outside quotes: "selon X", an inverted incise (", renseigne le document,"), "X a déclaré que…",
 *   "A local official said most deaths were…", "…, the royal palace said.", and a named person's reporting verb
 *   with its object ("Abdoulaye Diop a exprimé … la détermination…").</li>
 * </ol>
 * Where the source is comes from {@link FrameReader}; where the reported words begin and end from
 * {@link ReportedClauses}. This class keeps the order of the pass and what it has found.
 */
final class AttributionFinder {
  /** Quotes this short with no frame of their own are names or scare quotes, not statements. */
  private static final int MIN_UNFRAMED_QUOTE_WORDS = 3;
  /** How far back a bare description ("le document") looks for the source it stands for. */
  private static final int RECENT_SENTENCES = 2;
  /** The marks and spaces at either end of a quote's text. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("^[«“\"\\s\u00A0]+|[»”\"\\s\u00A0]+$");

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
    private final FrameReader frames;
    private final ReportedClauses clauses;
    private final ListedStatements listed;
    private final FirstPersonStatements firstPerson;
    private final List<Attribution> found = new ArrayList<>();
    private final List<Integer> foundParagraphs = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final Set<Attribution> coordinated = new HashSet<>();

    Run(ArticleTokens tokens, Phrases phrases, SpeakerResolver resolver) {
      this.t = tokens;
      this.phrases = phrases;
      this.resolver = resolver;
      this.used = new boolean[tokens.size()];
      this.frames = new FrameReader(tokens, phrases, lex, used, this::resolve,
          source -> resolver.resolve(source, source.from(), List.of()));
      this.clauses = new ReportedClauses(tokens, phrases, lex);
      this.listed = new ListedStatements(tokens, phrases, lex, frames, this::resolve);
      this.firstPerson = new FirstPersonStatements(tokens, lex);
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
        listedLines(s);
        unmarkedFirstPerson(s);
      }
      return OneStatementPerSpeaker.merge(found, coordinated);
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
      return gap > 0 && gap <= FrameReader.MAX_INCISE_TOKENS && t.paragraph(previousEnd) == t.paragraph(nextStart)
          && phrases.comma(previousEnd + 1) && frames.incise(previousEnd + 1, nextStart).isPresent();
    }

    private void direct(Quote quote, int floor) {
      if (mention(quote)) {
        return;
      }
      int sentence = t.sentenceIndex(quote.from());
      Optional<Frame> frame = Optional.empty();
      for (int p = 1; p < quote.parts().size() && frame.isEmpty(); p++) {
        frame = frames.incise(quote.parts().get(p - 1).to() + 1, quote.parts().get(p).from());
      }
      if (frame.isEmpty()) {
        frame = frames.incise(quote.to() + 1, t.sentenceEnd(t.sentenceIndex(quote.to())));
      }
      if (frame.isEmpty()) {
        frame = frames.laterIncise(quote.to() + 1, t.sentenceEnd(t.sentenceIndex(quote.to())));
      }
      if (frame.isEmpty()) {
        frame = frames.before(floor, quote.from());
      }
      if (frame.isEmpty()) {
        frame = frames.colon(floor, quote.from());
      }
      if (frame.isEmpty()) {
        frame = frames.namedSubject(floor, quote.from());
      }
      boolean coordinatedFrame = false;
      if (frame.isEmpty()) {
        frame = listed.frameAt(quote.from());
      }
      if (frame.isEmpty()) {
        Optional<Span> verb = frames.coordinatedVerb(floor, quote.from());
        frame = continuation(t.paragraph(quote.from()));
        if (frame.isPresent() && verb.isPresent() && saidInSentence(sentence)) {
          coordinatedFrame = true;
          frame = Optional.of(new Frame(verb.get(), Span.EMPTY, frame.get().speaker(),
              lex.verb(t.lower(verb.get().to())).map(AttributionLexicon.VerbForm::stance).orElse("")));
        }
      }
      String text = quoteText(quote);
      if (frame.isEmpty()) {
        if (text.split("\\s+").length < MIN_UNFRAMED_QUOTE_WORDS) {
          return;
        }
        frame = Optional.of(new Frame(Span.EMPTY, Span.EMPTY, new Speaker("", Speaker.NONE, ""), ""));
      }
      Attribution attribution = new Attribution(sentence, true, text, frame.get().speaker(), verbText(frame.get()),
          frame.get().stance());
      if (coordinatedFrame) {
        coordinated.add(attribution);
      }
      add(attribution, t.paragraph(quote.from()), frame.get());
    }

    /**
     * Marks right after a noun or participle that names what they hold ("the words “In charge”", "un rapport
     * intitulé « … »", "the slogan “…”"): a title, a slogan or words written on something, no one's statement.
     */
    private boolean mention(Quote quote) {
      int before = quote.from() - 1;
      return before >= 0 && t.paragraph(before) == t.paragraph(quote.from()) && lex.is("mention", t.lower(before));
    }

    /** True when the last statement found is in this sentence and framed by a verb of saying ("a dit « A »"). */
    private boolean saidInSentence(int sentence) {
      if (found.isEmpty() || found.get(found.size() - 1).sentence() != sentence) {
        return false;
      }
      String[] verb = found.get(found.size() - 1).verb().split("\\s+");
      return lex.verb(verb[verb.length - 1].toLowerCase(java.util.Locale.ROOT)).isPresent();
    }

    private String quoteText(Quote quote) {
      List<String> parts = new ArrayList<>();
      for (Span part : quote.parts()) {
        parts.add(QUOTE_MARKS.matcher(t.text(part.from(), part.to())).replaceAll(""));
      }
      return String.join(" […] ", parts);
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
          Optional<Frame> frame = frames.source(new Span(i, i + according - 1), i + according, to, "neutral");
          if (frame.isPresent() && noneUsed(frame.get().source()) && frame.get().speaker().known()) {
            int figure = clauses.figureBefore(i, from);
            indirect(s, frame.get(), figure >= 0 ? List.of(new Span(figure, frame.get().source().to()))
                : clauses.around(from, to, i, frame.get().source().to()));
            continue;
          }
        }
        Optional<Frame> view = frames.viewpoint(i, from, to);
        if (view.isPresent()) {
          indirect(s, view.get(), clauses.around(from, to, i, view.get().source().to()));
          continue;
        }
        Optional<VerbGroup> group = phrases.verbGroup(i, from);
        if (group.isPresent() && !group.get().passive()) {
          reported(s, group.get(), from, to);
        } else if (group.isEmpty()) {
          int that = clauses.complementizerAfterParticiple(i + 1, to);
          Optional<Frame> frame = that < 0 ? Optional.empty() : frames.participle(i, from);
          if (frame.isPresent()) {
            indirect(s, frame.get(), new Span(that + 1, clauses.lastWord(to)));
          }
        }
      }
    }

    private void reported(int s, VerbGroup group, int from, int to) {
      boolean inverted = (group.from() == from || phrases.comma(group.from() - 1)) && !group.hasClitic();
      if (inverted) {
        Optional<Frame> frame = frames.source(new Span(group.from(), group.to()), group.to() + 1, to, group.form().stance());
        int sourceEnd = frame.map(f -> frames.pastParticipleModifier(f.source(), to)).orElse(-1);
        boolean closes = frame.isPresent() && (phrases.comma(sourceEnd + 1) || sourceEnd + 1 >= clauses.lastWord(to));
        if (closes && frame.get().speaker().known()) {
          indirect(s, frame.get(), clauses.around(from, to, group.from(), sourceEnd));
          return;
        }
      }
      int complementizer = clauses.complementizer(group.to() + 1, to);
      Optional<Frame> frame = frames.clauseFrame(group, from, to)
          .filter(f -> !inverted || group.hasClitic() || f.source().from() < group.from());
      if (frame.isEmpty() || !frame.get().speaker().known()) {
        return;
      }
      Span source = frame.get().source();
      boolean subjectFirst = !source.empty() && source.to() < group.from();
      int frameStart = source.empty() ? group.from() : Math.min(source.from(), group.from());
      boolean incise = (subjectFirst || group.hasClitic()) && frameStart > from && phrases.comma(frameStart - 1)
          && frames.closes(group.to() + 1, to);
      if (incise) {
        // "Flags will be at half-mast on all public buildings, the royal palace said."
        indirect(s, frame.get(), clauses.around(from, to, frameStart, group.to()));
        return;
      }
      int bareClause = subjectFirst && lex.is("bare-clause", t.lower(group.verb()))
          ? clauses.bareClause(group.to() + 1, to) : -1;
      if (complementizer >= 0) {
        indirect(s, frame.get(), new Span(complementizer + 1, clauses.lastWord(to)));
      } else if (bareClause >= 0) {
        // "A local official said most deaths were in mountain areas", "X told Reuters on Friday the toll had risen"
        indirect(s, frame.get(), new Span(bareClause, clauses.lastWord(to)));
      } else if (frame.get().source().from() < group.from() && phrases.name(frame.get().source()).isPresent()) {
        int object = clauses.skipAside(group.to() + 1, to);
        if (!addressee(object, to)) {
          indirect(s, frame.get(), new Span(object, clauses.lastWord(to)));
        }
      }
    }

    /**
     * "Amadou Ba a félicité son adversaire, Bassirou Diomaye Faye": an object that is a person (a name, or a role with
     * its name) is who the words were addressed to, not what was said.
     */
    private boolean addressee(int object, int to) {
      Span phrase = phrases.withApposition(phrases.right(object, to), to);
      return !phrase.empty() && (phrases.name(phrase).isPresent()
          || phrases.headType(phrase).filter("person"::equals).isPresent());
    }

    private void indirect(int s, Frame frame, Span content) {
      indirect(s, frame, List.of(content));
    }

    private void indirect(int s, Frame frame, List<Span> spans) {
      List<Span> content = spans.stream().map(this::beforeAQuotedSentence).toList();
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

    /**
     * Paraphrased words end where a quote opens a new sentence the splitter did not see ("…said most houses there
     * were damaged. "Our neighbours…"): the quote is a statement of its own.
     */
    private Span beforeAQuotedSentence(Span span) {
      for (int k = span.from() + 1; k <= span.to(); k++) {
        if (t.quoted(k) && !t.quoted(span.from()) && t.lower(k - 1).matches("[.!?]")) {
          return new Span(span.from(), k - 2);
        }
      }
      return span;
    }

    /** A listed line with no quote and no statement of its own is its lead's speaker's statement. */
    private void listedLines(int s) {
      for (var line : listed.startingIn(s)) {
        Span words = line.getKey().words();
        boolean free = true;
        for (int i = words.from(); i <= words.to(); i++) {
          free &= !used[i] && !t.quoted(i);
        }
        if (free) {
          indirect(t.sentenceIndex(words.from()), line.getValue(), words);
        }
      }
    }

    // ---- first person outside quotation marks

    /**
     * A sentence in the first person outside quotation marks is its signature's words, else those of the source quoted
     * just before in its paragraph; with neither, it stays unattributed (an opinion piece's "I", a newsroom's "we").
     */
    private void unmarkedFirstPerson(int s) {
      if (found.stream().anyMatch(a -> a.sentence() == s)) {
        return;
      }
      firstPerson.in(s).ifPresent(statement -> {
        int paragraph = t.paragraph(t.sentenceStart(s));
        // Only a quote of the same paragraph: after a paragraph break, a newsroom's "nous avons contacté…" is its own.
        boolean quotedHere = !found.isEmpty() && foundParagraphs.get(found.size() - 1) == paragraph;
        Optional<Frame> frame = !statement.signature().empty()
            ? Optional.of(new Frame(Span.EMPTY, statement.signature(), resolve(statement.signature()), ""))
            : quotedHere ? continuation(paragraph) : Optional.empty();
        frame.filter(f -> f.speaker().known()).ifPresent(f -> indirect(s, f, statement.words()));
      });
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
