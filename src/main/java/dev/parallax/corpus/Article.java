package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One article as read from the corpus: metadata, the full file text, and the analysed body as paragraphs
 * whose offsets point into {@code originalText}.
 */
public record Article(
    Path file,
    ArticleMetadata metadata,
    String originalText,
    List<Paragraph> paragraphs,
    List<StrippedLine> stripped) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
    stripped = List.copyOf(stripped);
  }

  public String outlet() {
    return metadata.outlet();
  }

  /** The title from the front matter, or else the title line found in the text. */
  public String title() {
    return metadata.title().orElseGet(() -> stripped.stream()
        .filter(line -> line.kind() == StrippedLine.Kind.TITLE)
        .map(StrippedLine::text).findFirst().orElse(""));
  }

  /**
   * The news agencies the article credits as its source ("AFP", "Reuters"), from its credit lines and dateline,
   * once each in order; empty when the text credits none.
   */
  public List<String> wires() {
    return stripped.stream().flatMap(line -> line.wires().stream()).distinct().toList();
  }

  /** The author from the front matter, or else the byline found in the text. */
  public String author() {
    return metadata.author().orElseGet(() -> stripped.stream()
        .filter(line -> line.kind() == StrippedLine.Kind.BYLINE)
        .map(StrippedLine::text).findFirst().orElse(""));
  }
}
