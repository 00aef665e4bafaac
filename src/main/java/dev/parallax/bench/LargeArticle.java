package dev.parallax.bench;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A story of two articles: a seed article, and one of {@code megabytes} made of the seeds' paragraphs repeated (real
 * prose, only repetitive). Where work grows with the square of an article's length, this is where it shows.
 */
record LargeArticle(Path folder, long bytes) {

  static LargeArticle build(List<Article> seeds, int megabytes, Path folder) {
    long target = (long) megabytes * 1024 * 1024;
    StringBuilder text = new StringBuilder("---\noutlet: large-outlet\n---\n");
    List<Paragraph> paragraphs = seeds.stream().flatMap(a -> a.paragraphs().stream()).toList();
    for (int p = 0; text.length() < target; p++) {
      text.append(paragraphs.get(p % paragraphs.size()).text()).append("\n\n");
    }
    Article seed = seeds.get(0);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("large-outlet.txt"), text, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(seed.file().getFileName()), seed.originalText(), StandardCharsets.UTF_8);
      return new LargeArticle(folder, Files.size(folder.resolve("large-outlet.txt")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the large article in " + folder, e);
    }
  }

  String describe() {
    return String.format("one article of %.1f MB (the seed paragraphs repeated) beside a seed article",
        bytes / (1024.0 * 1024.0));
  }
}
