package dev.parallax;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleMetadata;
import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Paragraph;
import dev.parallax.corpus.Story;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedArticle;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stories for tests: the seed story from the corpus folder, or one French article made from a few paragraphs. */
public final class TestStories {
  public static final Path SEED_STORY = Path.of("corpus/aes-russia-moscow-2025-04");
  public static final Path SEED_GOLD = Path.of("src/test/resources/gold/aes-russia-moscow-2025-04");
  public static final String MALIWEB = "maliweb.net";
  public static final String OVAJAB = "Ovajabmedia.com";
  private static final LanguageLayer LAYER = new LanguageLayer();
  private static Story seedStory;
  private static ParsedStory seeds;

  private TestStories() {
  }

  /** The seed story as read from the corpus, before the language layer. */
  public static synchronized Story seedStory() {
    if (seedStory == null) {
      seedStory = new CorpusReader(notice -> { }).readStory(SEED_STORY);
    }
    return seedStory;
  }

  public static synchronized ParsedStory seeds() {
    if (seeds == null) {
      seeds = LAYER.parse(seedStory());
    }
    return seeds;
  }

  /** A story of one French article, outlet {@code test}, whose paragraphs are separated by blank lines. */
  public static ParsedStory french(String text) {
    return article("fr", text);
  }

  /** A story of one English article, outlet {@code test}, whose paragraphs are separated by blank lines. */
  public static ParsedStory english(String text) {
    return article("en", text);
  }

  private static ParsedStory article(String language, String text) {
    return new ParsedStory("test", List.of(parsedArticle("test", language, text)));
  }

  /** One article of an outlet in a language, parsed; paragraphs are separated by blank lines. */
  public static ParsedArticle parsedArticle(String outlet, String language, String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = 0;
    for (String block : text.split("\n\n")) {
      int offset = text.indexOf(block, start);
      paragraphs.add(new Paragraph(paragraphs.size() + 1, block, offset, false));
      start = offset + block.length();
    }
    ArticleMetadata metadata = new ArticleMetadata(outlet, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(language));
    Article article = new Article(Path.of(outlet + ".txt"), metadata, text, paragraphs, List.of());
    return LAYER.parse(article);
  }
}
