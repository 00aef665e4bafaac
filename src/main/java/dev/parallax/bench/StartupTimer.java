package dev.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times whole processes of the jar: a bare {@code --version} against {@code compare} of the seed story, each run
 * several times, alternating, without and then with an AppCDS archive made by one training run of compare.
 */
final class StartupTimer {
  /** The JVM options of the {@code ./parallax} launcher, so that the processes start as a user's would. */
  static final List<String> LAUNCHER_OPTIONS = List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC",
      "-XX:NewRatio=1", "-XX:TieredStopAtLevel=1", "-Dsun.reflect.inflationThreshold=2147483647");

  /** The median and every time of one command. */
  record Timing(String run, boolean sharedArchive, double medianSeconds, List<Double> seconds) {
  }

  private final Path jar;
  private final Path story;
  private final Path work;
  private final int repetitions;

  StartupTimer(Path jar, Path story, Path work, int repetitions) {
    this.jar = jar;
    this.story = story;
    this.work = work;
    this.repetitions = repetitions;
  }

  List<Timing> measure() {
    List<Timing> timings = new ArrayList<>(pair(List.of()));
    Path archive = work.resolve("parallax.jsa");
    run(command(List.of("-XX:ArchiveClassesAtExit=" + archive), compareArguments()));
    if (Files.isRegularFile(archive)) {
      timings.addAll(pair(List.of("-XX:SharedArchiveFile=" + archive)));
    }
    return timings;
  }

  private List<Timing> pair(List<String> options) {
    List<Double> version = new ArrayList<>();
    List<Double> compare = new ArrayList<>();
    for (int i = 0; i < repetitions; i++) {
      version.add(run(command(options, List.of("--version"))));
      compare.add(run(command(options, compareArguments())));
    }
    boolean shared = !options.isEmpty();
    return List.of(new Timing("--version", shared, median(version), version),
        new Timing("compare (seed story, 2 articles, workbook and charts)", shared, median(compare), compare));
  }

  private List<String> compareArguments() {
    Path output = work.resolve("startup");
    return List.of("compare", story.toString(), "-o", output.resolve("comparison.xlsx").toString(),
        "--charts", output.resolve("charts").toString());
  }

  private List<String> command(List<String> options, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(LAUNCHER_OPTIONS);
    command.addAll(options);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    return command;
  }

  private static double run(List<String> command) {
    long start = System.nanoTime();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      int code = process.waitFor();
      if (code != 0) {
        throw new IllegalStateException("exit code " + code + " from " + String.join(" ", command));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
