package dev.parallax.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/** Reads one article file: UTF-8 text, optional front matter, then the body split from its title and byline. */
public final class ArticleReader {
  private final BodyExtractor bodyExtractor = new BodyExtractor();

  public Article read(Path file) {
    return read(file, readBytes(file));
  }

  /**
   * An article from its file's bytes, read elsewhere (a cluster job reads them from its own storage): the same
   * checks as for a file on disk, with {@code file} naming it in messages and giving the outlet.
   */
  public Article read(Path file, byte[] bytes) {
    String text = decode(file, bytes);
    if (text.isBlank()) {
      throw new CorpusException(file, "the file is empty");
    }
    FrontMatter frontMatter = FrontMatter.parse(file, text);
    ArticleMetadata metadata = frontMatter.toMetadata(file, outletFromFileName(file));
    BodyExtractor.Body body = bodyExtractor.extract(text, frontMatter.bodyStart(), metadata);
    if (body.paragraphs().isEmpty()) {
      throw new CorpusException(file, body.stripped().isEmpty()
          ? "no article text below the front matter"
          : "the article has a title but no body text");
    }
    return new Article(file, metadata, text, body.paragraphs(), body.stripped());
  }

  /** The file name without .txt, accents composed (NFC) as in the text: macOS stores file names decomposed. */
  static String outletFromFileName(Path file) {
    String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
    return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(file, "cannot be read (" + whyUnreadable(file, e) + ")");
    }
  }

  /** A symbolic link that leads nowhere or in a circle is named as such; anything else by the system's reason. */
  private static String whyUnreadable(Path file, IOException e) {
    Set<Path> seen = new HashSet<>();
    Path current = file.toAbsolutePath().normalize();
    try {
      while (Files.isSymbolicLink(current)) {
        if (!seen.add(current)) {
          return "a symbolic link loop: " + file + " leads back to " + current;
        }
        current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
      }
      if (!seen.isEmpty() && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return "a symbolic link to " + current + ", which does not exist";
      }
    } catch (IOException | UnsupportedOperationException ignored) {
      // fall back on the reason the read gave
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getClass().getSimpleName();
  }

  /**
   * A file the corpus takes for an article: a {@code *.txt} that is not a folder. A link that leads nowhere is one
   * too, so that it is rejected as unreadable rather than left out as "not an article".
   */
  public static boolean isArticle(Path entry) {
    return entry.getFileName().toString().endsWith(".txt") && !Files.isDirectory(entry);
  }

  /**
   * Strict UTF-8: a byte that is not UTF-8 or a NUL (binary content) is an error, never replaced. The BOM is
   * dropped, line ends become LF and accents are composed (NFC), so offsets refer to this normalised text.
   */
  static String decode(Path file, byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(file, "not UTF-8 text (binary content or another encoding such as Latin-1)");
    }
    if (text.indexOf('\0') >= 0) {
      throw new CorpusException(file, "binary content (NUL bytes), not a text article");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
