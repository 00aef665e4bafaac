package dev.parallax.analysis.facts;

import java.nio.file.Path;

/** A sentence encoder folder that cannot be used: the message names the path and the problem in one line. */
public final class EncoderException extends RuntimeException {
  public EncoderException(Path path, String problem) {
    super(path + ": " + problem);
  }
}
