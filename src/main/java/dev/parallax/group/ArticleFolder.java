package dev.parallax.group;

import dev.parallax.corpus.Article;
import dev.parallax.corpus.ArticleReader;
import dev.parallax.corpus.CorpusException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a flat folder of articles ({@code *.txt}) in file-name order, ignoring case as the corpus reader does;
 * anything else is left out with a note.
 */
public final class ArticleFolder {
  private ArticleFolder() {
  }

  public static List<Article> read(Path folder, Consumer<String> notes) {
    if (!Files.isDirectory(folder)) {
      throw new CorpusException(folder, Files.exists(folder) ? "not a folder" : "folder not found");
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().toLowerCase(Locale.ROOT))
              .thenComparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new CorpusException(folder, "cannot list the folder (" + e.getClass().getSimpleName() + ")");
    }
    List<Path> files = entries.stream().filter(ArticleFolder::isArticle).toList();
    entries.stream().filter(p -> !isArticle(p))
        .forEach(p -> notes.accept("note: " + p + " left out: not an article (articles are *.txt files)"));
    if (files.isEmpty()) {
      throw new CorpusException(folder, "no articles (*.txt files) in this folder");
    }
    ArticleReader reader = new ArticleReader();
    return files.stream().map(reader::read).toList();
  }

  private static boolean isArticle(Path path) {
    return ArticleReader.isArticle(path);
  }
}
