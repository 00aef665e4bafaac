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
      description = "Threads (default: one per core; at most what the cores and the heap can hold, "
          + Workers.WORKERS_PER_CORE + " per core and one per " + Workers.MEGABYTES_PER_WORKER
          + " MB of heap); the output is the same for any number.")
  Integer threads;

  /** The number of threads to use, checked: at least one, at most {@link Workers#limit()}, said when lowered. */
  int count() {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    int limit = Workers.limit();
    int requested = threads == null ? Workers.allCores() : threads;
    if (requested <= limit) {
      return requested;
    }
    if (threads != null) {
      spec.commandLine().getErr().println("      note: --threads " + threads + " lowered to " + limit + ": "
          + Workers.allCores() + " cores and a " + Workers.heapMegabytes() + " MB heap hold at most " + limit
          + " workers (" + Workers.WORKERS_PER_CORE + " per core, " + Workers.MEGABYTES_PER_WORKER
          + " MB each); give Java more heap (-Xmx) for more");
      spec.commandLine().getErr().flush();
    }
    return limit;
  }
}
