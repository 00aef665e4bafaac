package dev.parallax.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, shared by every command; {@link Failures} reads it from the parse result. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
  boolean verbose;
}
