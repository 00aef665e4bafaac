package dev.parallax.report;

import java.nio.file.Path;

/** The report cannot be written where asked; the message names the path and the problem in one line. */
public final class OutputException extends RuntimeException {
  public OutputException(Path path, String problem) {
    super(path + ": " + problem);
  }
}
