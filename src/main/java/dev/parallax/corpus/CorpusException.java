package dev.parallax.corpus;

import java.nio.file.Path;

/** Bad input: the message names the file and the problem in one line. */
public final class CorpusException extends RuntimeException {
  private final Path file;

  public CorpusException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
