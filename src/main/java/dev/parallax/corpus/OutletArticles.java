package dev.parallax.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Several files of one outlet in one story (a news report and its follow-up) joined into one article of that outlet,
 * so that every analyzer counts them under the outlet and never sets one against the other as two outlets. Each file
 * keeps its own id, {@code <outlet>/<file name without .txt>}, in its sentence ids and its row of the Articles sheet.
 */
public final class OutletArticles {
  /** Between two files in the joined text: a paragraph break, so that no sentence runs from one file into the next. */
  private static final String BETWEEN = "\n\n";

  private OutletArticles() {
  }

  /** The outlet's files, in file-name order, as one article; a single file is returned as it is. */
  public static Article join(List<Article> files) {
    if (files.size() == 1) {
      return files.get(0);
    }
    Article first = files.get(0);
    StringBuilder text = new StringBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<StrippedLine> stripped = new ArrayList<>();
    List<ArticlePart> parts = new ArrayList<>();
    for (Article file : files) {
      if (text.length() > 0) {
        text.append(BETWEEN);
      }
      int start = text.length();
      int before = paragraphs.size();
      parts.add(new ArticlePart(first.outlet() + "/" + stem(file), file, start, before));
      text.append(file.originalText());
      file.paragraphs().forEach(p -> paragraphs.add(new Paragraph(before + p.index(), p.text(), start + p.start(),
          p.heading())));
      file.stripped().forEach(line -> stripped.add(new StrippedLine(line.kind(), line.text(), start + line.start(),
          line.wires())));
    }
    ArticleMetadata m = first.metadata();
    ArticleMetadata joined = new ArticleMetadata(m.outlet(), m.title(), m.author(), m.date(), m.url(),
        language(files));
    return new Article(first.file(), joined, text.toString(), paragraphs, stripped, parts);
  }

  /** The language the files' front matter gives, the same for all that give one; two languages are an error. */
  private static Optional<String> language(List<Article> files) {
    Optional<String> found = Optional.empty();
    Article giving = null;
    for (Article file : files) {
      Optional<String> language = file.metadata().language();
      if (language.isPresent() && found.isPresent()
          && !language.get().equalsIgnoreCase(found.get())) {
        throw new CorpusException(file.file(), "language '" + language.get() + "' differs from '" + found.get()
            + "' of " + giving.file().getFileName() + ", another article of outlet '" + file.outlet()
            + "'; the articles of one outlet in a story are analysed in one language");
      }
      if (language.isPresent() && found.isEmpty()) {
        found = language;
        giving = file;
      }
    }
    return found;
  }

  private static String stem(Article file) {
    String name = file.file().getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }
}
