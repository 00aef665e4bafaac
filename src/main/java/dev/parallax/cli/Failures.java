package dev.parallax.cli;

import dev.parallax.analysis.facts.EncoderException;
import dev.parallax.corpus.CorpusException;
import dev.parallax.eval.GoldFormatException;
import dev.parallax.report.OutputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one-line messages and exit codes: 2 for bad input (corpus, gold, options, output location),
 * 1 for anything else, with the stack trace only under {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof CorpusException || e instanceof GoldFormatException || e instanceof OutputException
        || e instanceof EncoderException) {
      err.println("parallax: " + OneLine.of(e.getMessage()));
      err.flush();
      return BAD_INPUT;
    }
    err.println("parallax: internal error: " + OneLine.of(e.getMessage() == null ? e.getClass().getName()
        : e.getMessage()));
    if (isVerbose(parseResult)) {
      e.printStackTrace(err);
    } else {
      err.println("parallax: run again with --verbose for the stack trace");
    }
    err.flush();
    return INTERNAL;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("parallax: " + OneLine.of(e.getMessage()));
    err.println("Try 'parallax " + e.getCommandLine().getCommandName() + " --help' for usage.");
    err.flush();
    return BAD_INPUT;
  }

  private static boolean isVerbose(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult sub = parseResult;
    while (sub != null) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
      sub = sub.subcommand();
    }
    return false;
  }
}
