package dev.parallax.lexicon;

/** A lexicon resource that is missing or has a malformed line; the message names the file and line. */
public final class LexiconException extends RuntimeException {
  public LexiconException(String message) {
    super(message);
  }
}
