package dev.parallax.report.deck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the "method and limits" slides, shipped in the jar ({@code deck/*.tsv}, {@code deck/limits.txt}): what
 * each analyzer does, its accuracy on the development set as docs/accuracy.md gives it, what the alignment cannot see.
 */
final class DeckResources {
  static final String ANALYZERS = "/deck/analyzers.tsv";
  static final String ACCURACY = "/deck/accuracy.tsv";
  static final String LIMITS = "/deck/limits.txt";
  private static final String MEASURED = "# measured:";

  /** A figure of docs/accuracy.md: the row and column it stands in there, the figure, and its name on the slide. */
  record Accuracy(String analyzer, String row, String column, String figure, String shown) {
  }

  private DeckResources() {
  }

  /** What each analyzer does, by analyzer id, in file order. */
  static Map<String, String> analyzers() {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : lines(ANALYZERS)) {
      String[] fields = line.split("\t");
      lines.put(fields[0], fields[1]);
    }
    return lines;
  }

  static List<Accuracy> accuracy() {
    List<Accuracy> figures = new ArrayList<>();
    for (String line : lines(ACCURACY)) {
      String[] f = line.split("\t");
      figures.add(new Accuracy(f[0], f[1], f[2], f[3], f[4]));
    }
    return figures;
  }

  /** Where and when the accuracy was measured, from the {@code # measured:} line of the accuracy file. */
  static String measured() {
    return raw(ACCURACY).stream().filter(l -> l.startsWith(MEASURED)).findFirst()
        .map(l -> l.substring(MEASURED.length()).strip()).orElse("");
  }

  static List<String> limits() {
    return lines(LIMITS);
  }

  /** The lines of a resource that are neither its # header nor blank. */
  private static List<String> lines(String resource) {
    return raw(resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static List<String> raw(String resource) {
    try (InputStream in = DeckResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing from the build");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
