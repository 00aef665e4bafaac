package dev.parallax;

import dev.parallax.corpus.CorpusReader;
import dev.parallax.corpus.Story;
import dev.parallax.text.LanguageLayer;
import dev.parallax.text.ParsedStory;
import java.nio.file.Path;

/** The seed story, read and parsed once for all tests. */
public final class Seeds {
  public static final Path STORY = Path.of("corpus/aes-russia-moscow-2025-04");
  public static final Path GOLD = Path.of("src/test/resources/gold/aes-russia-moscow-2025-04");
  public static final String MALIWEB = "maliweb.net";
  public static final String OVAJAB = "Ovajabmedia.com";

  private static Story story;
  private static ParsedStory parsed;

  private Seeds() {
  }

  public static synchronized Story story() {
    if (story == null) {
      story = new CorpusReader(note -> { }).readStory(STORY);
    }
    return story;
  }

  public static synchronized ParsedStory parsed() {
    if (parsed == null) {
      parsed = new LanguageLayer().parse(story());
    }
    return parsed;
  }
}
