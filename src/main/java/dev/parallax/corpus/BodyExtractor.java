package dev.parallax.corpus;

import dev.parallax.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits the text below the front matter into blank-line separated blocks and keeps out of the analysed body
 * the title line, the byline, a line that is only the outlet's name, site boilerplate, credit lines (wire credits,
 * bylines, photo credits, sign-offs) and the dateline or wire credit that opens the lead.
 */
final class BodyExtractor {
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_HEADING_WORDS = 15;
  private static final int MAX_BYLINE_WORDS = 5;
  private static final int MAX_EXPANSION = 4;

  record Body(List<Paragraph> paragraphs, List<StrippedLine> stripped) {
  }

  private record Block(String text, int start) {
  }

  private final List<Lexicon.Entry> boilerplate = Lexicon.boilerplate().entries();
  private final Credits credits = new Credits();

  Body extract(String text, int bodyStart, ArticleMetadata metadata) {
    List<Block> blocks = blocks(text, bodyStart);
    List<StrippedLine> stripped = new ArrayList<>();
    blocks.removeIf(block -> {
      StrippedLine.Kind kind = isBoilerplate(block.text()) ? StrippedLine.Kind.BOILERPLATE
          : sameWords(block.text(), metadata.outlet()) ? StrippedLine.Kind.OUTLET_NAME : null;
      if (kind != null) {
        stripped.add(new StrippedLine(kind, block.text(), block.start()));
      }
      return kind != null;
    });
    blocks.removeIf(block -> {
      Optional<Credits.Credit> credit = blocks.size() > 1 ? credits.line(block.text()) : Optional.empty();
      credit.ifPresent(c -> stripped.add(
          new StrippedLine(c.kind(), block.text(), block.start(), ownWiresDropped(c.wires(), metadata))));
      return credit.isPresent();
    });
    if (!blocks.isEmpty() && isTitle(blocks.get(0), metadata, blocks.size())) {
      Block title = blocks.remove(0);
      stripped.add(new StrippedLine(StrippedLine.Kind.TITLE, title.text(), title.start()));
    }
    stripLeadDateline(blocks, stripped, metadata);
    if (blocks.size() > 1 && isByline(blocks.get(blocks.size() - 1), metadata)) {
      Block byline = blocks.remove(blocks.size() - 1);
      stripped.add(new StrippedLine(StrippedLine.Kind.BYLINE, byline.text(), byline.start()));
    }
    stripped.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Block block : blocks) {
      paragraphs.add(new Paragraph(paragraphs.size() + 1, block.text(), block.start(), isHeading(block.text())));
    }
    return new Body(paragraphs, stripped);
  }

  /**
   * The first paragraph that is not a heading may open with a dateline or wire credit ("(Bloomberg) -- ",
   * "MARRAKECH, Morocco (AP) "): it is cut off, and a paragraph that is nothing but a dateline is dropped.
   */
  private void stripLeadDateline(List<Block> blocks, List<StrippedLine> stripped, ArticleMetadata metadata) {
    for (int i = 0; i < blocks.size() && blocks.size() > 1; i++) {
      Block block = blocks.get(i);
      Optional<Credits.Dateline> dateline = credits.dateline(block.text());
      if (dateline.isEmpty()) {
        if (isHeading(block.text())) {
          continue;
        }
        return;
      }
      int cut = dateline.get().length();
      stripped.add(new StrippedLine(StrippedLine.Kind.DATELINE, block.text().substring(0, cut).strip(),
          block.start(), ownWiresDropped(dateline.get().wires(), metadata)));
      if (cut >= block.text().length()) {
        blocks.remove(i--);
        continue;
      }
      blocks.set(i, new Block(block.text().substring(cut), block.start() + cut));
      return;
    }
  }

  /** An outlet's own name in its credit ("Par Euronews avec AFP" on fr.euronews.com) is not a wire it carries. */
  private static List<String> ownWiresDropped(List<String> wires, ArticleMetadata metadata) {
    List<String> labels = List.of(metadata.outlet().toLowerCase(Locale.ROOT).split("\\."));
    return wires.stream().filter(wire -> !labels.contains(wire.toLowerCase(Locale.ROOT))).toList();
  }

  private static List<Block> blocks(String text, int from) {
    List<Block> blocks = new ArrayList<>();
    int position = from;
    int blockStart = -1;
    int blockEnd = -1;
    while (position <= text.length()) {
      int lineEnd = text.indexOf('\n', position);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(position, lineEnd);
      if (line.isBlank()) {
        if (blockStart >= 0) {
          blocks.add(block(text, blockStart, blockEnd));
          blockStart = -1;
        }
      } else {
        if (blockStart < 0) {
          blockStart = position;
        }
        blockEnd = lineEnd;
      }
      position = lineEnd + 1;
    }
    if (blockStart >= 0) {
      blocks.add(block(text, blockStart, blockEnd));
    }
    return blocks;
  }

  private static Block block(String text, int start, int end) {
    String raw = text.substring(start, end);
    int lead = raw.length() - raw.stripLeading().length();
    return new Block(raw.strip(), start + lead);
  }

  private boolean isBoilerplate(String block) {
    String line = block.toLowerCase(Locale.ROOT).strip();
    return boilerplate.stream().anyMatch(entry -> entry.field(0).equals("exact")
        ? line.equals(entry.field(1))
        : line.startsWith(entry.field(1)));
  }

  private static boolean isTitle(Block first, ArticleMetadata metadata, int blockCount) {
    if (metadata.title().isPresent()) {
      return sameWords(first.text(), metadata.title().get());
    }
    return blockCount > 1 && isSingleLine(first.text()) && !endsSentence(first.text())
        && wordCount(first.text()) <= MAX_TITLE_WORDS;
  }

  private static boolean isByline(Block last, ArticleMetadata metadata) {
    if (metadata.author().isPresent() && sameWords(last.text(), metadata.author().get())) {
      return true;
    }
    String text = last.text().replaceFirst("(?i)^(par|by)\\s+", "");
    return isSingleLine(text) && !endsSentence(text) && wordCount(text) <= MAX_BYLINE_WORDS
        && text.matches("(\\p{Lu}[\\p{L}'’.-]*\\s*)+");
  }

  private static boolean isHeading(String text) {
    return isSingleLine(text) && !endsSentence(text) && wordCount(text) <= MAX_HEADING_WORDS;
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.!?…:»”\"]\\s*$");
  }

  private static boolean isSingleLine(String text) {
    return text.indexOf('\n') < 0;
  }

  private static int wordCount(String text) {
    return text.strip().split("\\s+").length;
  }

  static boolean sameWords(String a, String b) {
    int lettersA = lettersAndNumbers(a);
    int lettersB = lettersAndNumbers(b);
    // comparable() keeps every letter and number and at most triples them (a Hangul syllable gives three jamo; four
    // leaves a margin): texts whose counts differ more cannot match, and a paragraph need not be normalised to see it.
    if (lettersA > MAX_EXPANSION * lettersB || lettersB > MAX_EXPANSION * lettersA) {
      return false;
    }
    return comparable(a).equals(comparable(b));
  }

  private static int lettersAndNumbers(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c) || isNumber(Character.getType(c))) {
        count++;
      }
      i += Character.charCount(c);
    }
    return count;
  }

  private static boolean isNumber(int type) {
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String comparable(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
