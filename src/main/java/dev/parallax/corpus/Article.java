package dev.parallax.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One article as read from the corpus: metadata, the full file text, and the analysed body as paragraphs
 * whose offsets point into {@code originalText}. An outlet with several files in a story is one article joined from
 * them ({@link OutletArticles#join}): its {@code parts} are the files, empty for an article of one file.
 */
public record Article(
    Path file,
    ArticleMetadata metadata,
    String originalText,
    List<Paragraph> paragraphs,
    List<StrippedLine> stripped,
    List<ArticlePart> parts) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
    stripped = List.copyOf(stripped);
    parts = List.copyOf(parts);
  }

  public Article(Path file, ArticleMetadata metadata, String originalText, List<Paragraph> paragraphs,
                 List<StrippedLine> stripped) {
    this(file, metadata, originalText, paragraphs, stripped, List.of());
  }

  /** The files of the article: its parts, or itself alone under its outlet's name. */
  public List<ArticlePart> files() {
    return parts.isEmpty() ? List.of(new ArticlePart(outlet(), this, 0, 0)) : parts;
  }

  /** The file that holds a character offset of {@code originalText}. */
  public ArticlePart partAt(int offset) {
    List<ArticlePart> files = files();
    ArticlePart found = files.get(0);
    for (ArticlePart part : files) {
      if (part.start() <= offset) {
        found = part;
      }
    }
    return found;
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
