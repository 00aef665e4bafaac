package dev.parallax.cli;

import dev.parallax.report.Warmup;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: compares how outlets cover a story, and scores itself against gold annotations. */
@Command(name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compares how news outlets cover the same story: shared facts, attribution, hedging and tone.%n"
        + "Writes an Excel workbook in which every figure links to the sentences behind it, and PNG charts.",
    subcommands = {CompareCommand.class, GroupCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:internal error (the stack trace with --verbose)",
        "2:bad input: corpus, gold file, options or output location"})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    String[] command = args.length == 0 ? new String[] {"compare"} : args;
    if (isComparison(command)) {
      // Before picocli reads the options: the warm-up gets a head start of its parsing and class loading.
      Warmup.start(!Arrays.asList(command).contains("--no-charts"));
    }
    System.exit(commandLine().execute(command));
  }

  /** A compare run that will write a workbook (not its help or version). */
  private static boolean isComparison(String[] command) {
    List<String> words = Arrays.asList(command);
    return command[0].equals("compare") && Collections.disjoint(words, List.of("-h", "--help", "-V", "--version"));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setParameterExceptionHandler(new Failures());
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
