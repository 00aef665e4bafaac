package dev.parallax.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a corpus folder: either one story (a folder of {@code <outlet>.txt} articles) or a folder of story
 * folders. Every article is read or the whole corpus is rejected; nothing is skipped silently.
 */
public final class CorpusReader {
  private static final String ARTICLE_SUFFIX = ".txt";
  private final ArticleReader articleReader = new ArticleReader();
  private final Consumer<String> notices;

  /** @param notices receives one line for each file that is not an article and was left out */
  public CorpusReader(Consumer<String> notices) {
    this.notices = notices;
  }

  public List<Story> read(Path corpus) {
    return read(corpus, (folders, reader) -> folders.stream().map(reader).toList());
  }

  /**
   * Reads the corpus with the story folders mapped to stories by {@code mapAll}, which may read them on several
   * threads but must keep their order and throw the first folder's failure.
   */
  public List<Story> read(Path corpus, BiFunction<List<Path>, Function<Path, Story>, List<Story>> mapAll) {
    if (!Files.exists(corpus)) {
      throw new CorpusException(corpus, "folder not found");
    }
    if (!Files.isDirectory(corpus)) {
      throw new CorpusException(corpus, "not a folder (give a story folder or a folder of story folders)");
    }
    List<Path> entries = list(corpus);
    if (entries.isEmpty()) {
      throw new CorpusException(corpus, "the folder is empty");
    }
    List<Path> folders = entries.stream().filter(Files::isDirectory).toList();
    boolean hasArticles = entries.stream().anyMatch(CorpusReader::isArticle);
    if (hasArticles && !folders.isEmpty()) {
      throw new CorpusException(corpus, "mixes article files and story folders; put the articles in a story folder");
    }
    if (hasArticles) {
      return List.of(readStory(corpus));
    }
    if (folders.isEmpty()) {
      throw new CorpusException(corpus, "no articles (*.txt files) and no story folders");
    }
    entries.stream().filter(entry -> !Files.isDirectory(entry)).forEach(entry -> notices.accept("note: " + entry
        + " left out: not a story folder (a folder of stories holds one folder of *" + ARTICLE_SUFFIX
        + " articles per story)"));
    return mapAll.apply(folders, this::readStory);
  }

  public Story readStory(Path folder) {
    List<Path> entries = list(folder);
    List<Path> articleFiles = new ArrayList<>();
    List<AlignmentHint> alignment = List.of();
    Path outletsFile = null;
    for (Path entry : entries) {
      if (isArticle(entry)) {
        articleFiles.add(entry);
      } else if (entry.getFileName().toString().equals(AlignmentFile.NAME) && Files.isRegularFile(entry)) {
        alignment = AlignmentFile.read(entry);
      } else if (entry.getFileName().toString().equals(OutletsFile.NAME) && Files.isRegularFile(entry)) {
        outletsFile = entry;
      } else {
        notices.accept("note: " + entry + " left out: not an article (articles are *" + ARTICLE_SUFFIX + " files)");
      }
    }
    if (articleFiles.isEmpty()) {
      throw new CorpusException(folder, "no articles (*.txt files) in this story folder");
    }
    Story story = story(folder, articleFiles.stream().map(articleReader::read).toList());
    checkOutlets(alignment, story);
    OutletDirectory directory = outletsFile == null ? OutletDirectory.none()
        : OutletsFile.read(outletsFile, story.outlets(), "this story");
    return new Story(story.name(), story.folder(), story.articles(), alignment, directory);
  }

  /** Every outlet a hint names has an article in the story (sentence numbers are checked once it is parsed). */
  private static void checkOutlets(List<AlignmentHint> alignment, Story story) {
    Set<String> outlets = new java.util.HashSet<>(story.articles().stream()
        .flatMap(a -> a.files().stream()).map(ArticlePart::id).toList());
    for (AlignmentHint hint : alignment) {
      for (String id : List.of(hint.sentence(), hint.other())) {
        if (!outlets.contains(AlignmentFile.outlet(id))) {
          throw new CorpusException(hint.file(), "line " + hint.line() + ": no article of outlet '"
              + AlignmentFile.outlet(id) + "' in this story (outlets: " + String.join(", ", outlets.stream()
              .sorted().toList()) + ")");
        }
      }
    }
  }

  /**
   * A story from articles already read, checked as a story folder is: at least two outlets. The articles are sorted
   * by file name as a folder's are, so that ids and rows come out in one order; the files of one outlet (its name
   * compared without case) are joined into one article of that outlet ({@link OutletArticles#join}).
   */
  public static Story story(Path folder, List<Article> read) {
    List<Article> files = read.stream()
        .sorted(Comparator.comparing((Article a) -> a.file().getFileName().toString().toLowerCase(Locale.ROOT))
            .thenComparing(a -> a.file().toString()))
        .toList();
    if (files.isEmpty()) {
      throw new CorpusException(folder, "no articles (*.txt files) in this story folder");
    }
    Map<String, List<Article>> byOutlet = new java.util.LinkedHashMap<>();
    files.forEach(a -> byOutlet.computeIfAbsent(a.outlet().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a));
    List<Article> articles = byOutlet.values().stream().map(OutletArticles::join).toList();
    checkOutletNames(articles);
    if (articles.size() < 2) {
      throw new CorpusException(folder, "only one outlet (" + articles.get(0).outlet()
          + "); a comparison needs articles from at least two outlets");
    }
    return new Story(folder.getFileName().toString(), folder, articles);
  }

  /**
   * Column names beside the outlets' own in the sheets that give each outlet columns (Facts: the outlet, then
   * "{@code <outlet> sentence}" and "{@code <outlet> note}"; Actors: "{@code <outlet> mentions}", ...): an outlet
   * named like one of them would make two columns of one name.
   */
  private static final Set<String> RESERVED = Set.of("fact", "summary", "conflict", "match", "aligned by", "actor",
      "outlet", "sentence", "bloc", "blocs");
  /** What follows an outlet's name in the names of its Facts columns; the bare name is the third. */
  private static final List<String> FACTS_COLUMN_SUFFIXES = List.of(" sentence", " note");

  /** No outlet named like a column of the workbook; {@code articles} holds one article per outlet. */
  private static void checkOutletNames(List<Article> articles) {
    Map<String, Article> byOutlet = new HashMap<>();
    for (Article article : articles) {
      if (RESERVED.contains(article.outlet().toLowerCase(Locale.ROOT))) {
        throw new CorpusException(article.file(), "the outlet name '" + article.outlet()
            + "' is a column name of the workbook; give the outlet another name in the front matter");
      }
      byOutlet.put(article.outlet().toLowerCase(Locale.ROOT), article);
    }
    for (Article article : articles) {
      String outlet = article.outlet().toLowerCase(Locale.ROOT);
      for (String suffix : FACTS_COLUMN_SUFFIXES) {
        Article other = outlet.endsWith(suffix) ? byOutlet.get(outlet.substring(0, outlet.length() - suffix.length()))
            : null;
        if (other != null) {
          throw new CorpusException(article.file(), "the outlet name '" + article.outlet() + "' is the name of "
              + "outlet '" + other.outlet() + "' (" + other.file().getFileName() + ") followed by '" + suffix.strip()
              + "', a column the Facts sheet gives that outlet; give one of them another name in the front matter");
        }
      }
    }
  }

  private static boolean isArticle(Path entry) {
    return ArticleReader.isArticle(entry);
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> stream = Files.list(folder)) {
      return stream.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().toLowerCase(Locale.ROOT))
              .thenComparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new CorpusException(folder, "cannot list the folder (" + e.getClass().getSimpleName() + ")");
    }
  }
}
