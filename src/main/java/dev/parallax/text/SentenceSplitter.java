package dev.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries within one paragraph: OpenNLP's model for the language, corrected by rules for what it gets
 * wrong in news text. A boundary is removed when the next piece starts with a closing quote mark or a lower-case
 * word (an incise such as "», fustigent-elles."), or when the piece ends with an abbreviation; a boundary is added
 * where a closing quote mark ends a sentence and a new one opens. A heading is always one sentence.
 */
final class SentenceSplitter {
  private static final Pattern RULE_BOUNDARY = Pattern.compile("[.!?…]+[»”\"“]?(?=[\\s\\u00A0]+[«“\"„]?\\p{Lu})");
  private static final Pattern CONTINUATION = Pattern.compile("^[»”\",;:)\\]]|^\\p{Ll}");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)$");
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
  private static final Pattern FIRST_WORD = Pattern.compile("^[«“\"„]?\\s*([\\p{L}'’-]+)");

  private final Language language;
  private final ThreadLocal<SentenceDetectorME> detector;

  SentenceSplitter(Language language) {
    this.language = language;
    this.detector = ThreadLocal.withInitial(() -> language.sentenceModel().map(SentenceDetectorME::new).orElse(null));
  }

  /** Sentence spans relative to the paragraph text, trimmed, in order. */
  List<Span> split(String paragraph, boolean heading) {
    List<Span> raw = heading ? List.of(new Span(0, paragraph.length())) : detect(paragraph);
    List<Span> merged = new ArrayList<>();
    for (Span span : raw) {
      Span trimmed = trim(paragraph, span);
      if (trimmed.length() == 0) {
        continue;
      }
      boolean wordless = paragraph.substring(trimmed.getStart(), trimmed.getEnd()).codePoints()
          .noneMatch(Character::isLetterOrDigit);
      if (wordless && merged.isEmpty()) {
        continue; // a line of only "***" or "…" is a separator, not a sentence
      }
      if (!merged.isEmpty() && (wordless || continues(paragraph, merged.get(merged.size() - 1), trimmed))) {
        Span previous = merged.remove(merged.size() - 1);
        merged.add(new Span(previous.getStart(), trimmed.getEnd()));
      } else {
        merged.add(trimmed);
      }
    }
    return merged;
  }

  private List<Span> detect(String paragraph) {
    SentenceDetectorME model = detector.get();
    if (model == null) {
      return ruleBased(paragraph);
    }
    List<Span> spans = new ArrayList<>();
    for (Span span : model.sentPosDetect(paragraph)) {
      spans.addAll(ruleBased(paragraph, span.getStart(), span.getEnd()));
    }
    return spans;
  }

  private static List<Span> ruleBased(String paragraph) {
    return ruleBased(paragraph, 0, paragraph.length());
  }

  /** Splits [from, to) after sentence-final punctuation followed by a capitalised word. */
  private static List<Span> ruleBased(String paragraph, int from, int to) {
    List<Span> spans = new ArrayList<>();
    Matcher matcher = RULE_BOUNDARY.matcher(paragraph).region(from, to);
    int start = from;
    while (matcher.find()) {
      spans.add(new Span(start, matcher.end()));
      start = matcher.end();
    }
    spans.add(new Span(start, to));
    return spans;
  }

  private boolean continues(String paragraph, Span previous, Span next) {
    String nextText = paragraph.substring(next.getStart(), next.getEnd());
    if (CONTINUATION.matcher(nextText).find()) {
      return true;
    }
    Matcher last = LAST_WORD.matcher(paragraph.substring(previous.getStart(), previous.getEnd()));
    if (!last.find()) {
      return false;
    }
    if (INITIALISM.matcher(last.group(1)).matches()) {
      // "the U.S. Federal Reserve": a dotted initialism ends a sentence only before a word that opens one ("The")
      Matcher first = FIRST_WORD.matcher(nextText);
      return first.find() && !language.openingWords().contains(first.group(1).toLowerCase());
    }
    return language.abbreviations().contains(last.group(1).toLowerCase());
  }

  private static Span trim(String text, Span span) {
    int start = span.getStart();
    int end = span.getEnd();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
