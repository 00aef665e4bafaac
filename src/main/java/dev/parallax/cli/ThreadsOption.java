package dev.parallax.cli;

import dev.parallax.run.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --threads N}, shared by the commands that work on all cores; the output never depends on it. */
final class ThreadsOption {
  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads (default: one per core); the output is the same for any number.")
  Integer threads;

  /** The number of threads to use, checked: at least one. */
  int count() {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return threads == null ? Workers.allCores() : threads;
  }
}
