package dev.parallax.eval;

/** A malformed gold file; the message names the file and the line. */
public final class GoldFormatException extends RuntimeException {
  public GoldFormatException(String message) {
    super(message);
  }
}
