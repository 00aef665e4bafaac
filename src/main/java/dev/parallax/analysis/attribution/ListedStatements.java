package dev.parallax.analysis.attribution;

import dev.parallax.analysis.attribution.FrameReader.Frame;
import dev.parallax.analysis.attribution.Phrases.Span;
import dev.parallax.analysis.attribution.Phrases.VerbGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statements listed under a speaker: a lead line that names who speaks ("Le ministre malien a notamment déclaré :",
 * "Key points from the minister's statements", "Le ministre :"), then lines that open with a bullet ("▪️", "•", "–")
 * or with a quote mark. Each line is the lead's speaker's statement, until a line that is neither (a heading, the next
 * lead, prose). A lead that names no source ("Here are the key moments:"), or a lead that is a plain clause about
 * someone ("Trump's plan includes:"), makes no list: its lines stay in the outlet's voice.
 *
 * <p>The bullet marks and the nouns that announce someone's words ("remarks", "propos") are the {@code bullet} and
 * {@code list-lead} roles of attribution-markers.txt.
 */
final class ListedStatements {
  /** Source types in the order a lead's speaker is chosen: the person over the document that holds their words. */
  private static final List<String> PREFERRED_TYPES = List.of("person", "institution", "media", "anonymous", "document");

  /** One listed line: its words after the mark, and the first token of the lead it belongs to. */
  record Item(Span words, int leadFrom, int leadTo) {
  }

  private final ArticleTokens t;
  private final Phrases phrases;
  private final AttributionLexicon lex;
  private final FrameReader frames;
  private final Function<Span, Speaker> resolve;
  private final List<Item> items = new ArrayList<>();
  private final Map<Integer, Optional<Frame>> leads = new HashMap<>();

  ListedStatements(ArticleTokens tokens, Phrases phrases, AttributionLexicon lexicon, FrameReader frames,
                   Function<Span, Speaker> resolve) {
    this.t = tokens;
    this.phrases = phrases;
    this.lex = lexicon;
    this.frames = frames;
    this.resolve = resolve;
    findItems();
  }

  /** The listed lines that start in sentence {@code s}, each with its lead's frame when the lead names a speaker. */
  List<Map.Entry<Item, Frame>> startingIn(int s) {
    List<Map.Entry<Item, Frame>> starting = new ArrayList<>();
    for (Item item : items) {
      if (t.sentenceIndex(item.words().from()) == s) {
        lead(item).ifPresent(frame -> starting.add(Map.entry(item, frame)));
      }
    }
    return starting;
  }

  /** The lead's frame of the listed line that holds token {@code i}, if it is in one. */
  Optional<Frame> frameAt(int i) {
    for (Item item : items) {
      if (item.words().from() <= i && i <= item.words().to()) {
        return lead(item);
      }
    }
    return Optional.empty();
  }

  // ---- lines

  private void findItems() {
    List<Integer> starts = lineStarts();
    int leadFrom = -1;
    int leadTo = -1;
    boolean open = false;
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = (k + 1 < starts.size() ? starts.get(k + 1) : t.size()) - 1;
      int words = afterMark(from, to);
      boolean bullet = words > from;
      boolean quotedLine = t.quoted(from);
      if (bullet && words <= to || quotedLine) {
        if (!open) {
          leadFrom = k > 0 ? starts.get(k - 1) : -1;
          leadTo = from - 1;
          open = leadFrom >= 0 && isLead(leadFrom, leadTo);
        }
        if (open) {
          items.add(new Item(new Span(bullet ? words : from, lastWord(words, to)), leadFrom, leadTo));
        }
      } else {
        open = false;
      }
    }
  }

  /** The first token of each line: a paragraph's first, or one after a line break inside a paragraph. */
  private List<Integer> lineStarts() {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (i == 0 || t.paragraph(i) != t.paragraph(i - 1) || t.lineBreakBefore(i)) {
        starts.add(i);
      }
    }
    return starts;
  }

  /** Where a line's words begin past its bullet mark (and the emoji selector the mark may carry); {@code from} if none. */
  private int afterMark(int from, int to) {
    if (!lex.is("bullet", t.lower(from))) {
      return from;
    }
    int i = from + 1;
    while (i <= to && t.get(i).text().codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
      i++;
    }
    return i;
  }

  private int lastWord(int from, int to) {
    int last = to;
    while (last > from && !t.isWord(last) && !t.quoted(last)) {
      last--;
    }
    return last;
  }

  /**
   * A lead introduces a list: it ends with a colon, or stands as a heading with no closing punctuation. A listed line
   * is no lead: bulleted subheadings in a row ("• Trois jours de deuil national") do not hand each other their lines.
   */
  private boolean isLead(int from, int to) {
    if (to < from || afterMark(from, to) > from) {
      return false;
    }
    return t.lower(to).equals(":") || t.isWord(to);
  }

  // ---- the lead's speaker

  private Optional<Frame> lead(Item item) {
    return leads.computeIfAbsent(item.leadFrom(), from -> speaker(from, item.leadTo()));
  }

  private Optional<Frame> speaker(int from, int to) {
    int limit = t.lower(to).equals(":") ? to : to + 1;
    boolean announcesWords = false;
    for (int k = from; k < limit; k++) {
      announcesWords |= lex.is("list-lead", t.lower(k));
    }
    if (limit < to + 1 && limit - 1 > from && phrases.comma(limit - 2)) {
      // "Macky Sall offered his congratulations to Faye …, writing:": a participle of saying closing the lead
      Optional<Frame> participle = frames.participle(limit - 1, from);
      if (participle.isPresent()) {
        return participle;
      }
    }
    for (int v = from; v < limit; v++) {
      Optional<VerbGroup> group = phrases.verbGroup(v, from);
      if (group.isPresent() && !group.get().passive() && !t.quoted(v)) {
        // "Le ministre malien a notamment déclaré :", "Diop told reporters:"
        return frames.clauseFrame(group.get(), from, limit).filter(frame -> frame.speaker().known());
      }
      if (t.tagged(v, "VERB") && !announcesWords) {
        return Optional.empty(); // a clause about someone ("Trump's plan includes:") does not hand them its lines
      }
    }
    Frame best = null;
    for (int k = from; k < limit; k++) {
      Span phrase = phrases.right(k, limit);
      if (phrase.empty()) {
        continue;
      }
      // only with its colon: a heading that is a bare name ("FRANCE" over world reactions) labels a section
      boolean label = phrase.from() == from && phrase.to() == limit - 1 && limit == to;
      // a name inside the phrase is who speaks ("Prime Minister Gordon Brown's regular media conference")
      Speaker speaker = withoutPossessive(resolve.apply(phrases.name(phrase).orElse(phrase)));
      if (speaker.known() && (announcesWords || label) && (best == null || rank(speaker) < rank(best.speaker()))) {
        // "Le ministre :" names its speaker alone; "Key points from the minister's statements" names them in its words
        best = new Frame(Span.EMPTY, phrase, speaker, "");
      }
      k = phrase.to();
    }
    return Optional.ofNullable(best);
  }

  /**
   * "Prime Minister Gordon Brown's media conference": the tokenizer keeps an English possessive on its word, so the
   * name comes back as "Gordon Brown's"; the speaker is the name without it.
   */
  private Speaker withoutPossessive(Speaker speaker) {
    String name = speaker.name();
    int apostrophe = Math.max(name.lastIndexOf('\''), name.lastIndexOf('’'));
    if (apostrophe > 0 && lex.is("possessive", name.substring(apostrophe).replace('’', '\'').toLowerCase())) {
      return new Speaker(name.substring(0, apostrophe), speaker.type(), speaker.role());
    }
    return speaker;
  }

  private static int rank(Speaker speaker) {
    int at = PREFERRED_TYPES.indexOf(speaker.type());
    return at < 0 ? PREFERRED_TYPES.size() : at;
  }
}
