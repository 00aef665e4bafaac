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
 * each analyzer does; its accuracy on the development set, read from docs/accuracy.md, which the build copies to
 * {@code deck/accuracy.md}, at the rows and columns {@code deck/accuracy.tsv} names; what the alignment cannot see.
 */
final class DeckResources {
  static final String ANALYZERS = "/deck/analyzers.tsv";
  static final String ACCURACY = "/deck/accuracy.tsv";
  static final String ACCURACY_DOC = "/deck/accuracy.md";
  static final String LIMITS = "/deck/limits.txt";
  private static final String MEASURED = "# measured:";

  /** A figure of docs/accuracy.md: the row and column it stands in there, the figure, and the slide's words for it. */
  record Accuracy(String analyzer, String row, String column, String figure, String shown) {
  }

  /** Where a figure stands in docs/accuracy.md's last table, and what the slide calls it. */
  record Place(String analyzer, String row, String column, String label) {
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

  /** Where the slide's figures stand in docs/accuracy.md, in file order. */
  static List<Place> places() {
    List<Place> places = new ArrayList<>();
    for (String line : lines(ACCURACY)) {
      String[] f = line.split("\t");
      places.add(new Place(f[0], f[1], f[2], f[3]));
    }
    return places;
  }

  /**
   * The figures docs/accuracy.md gives at those places, as the build copied it; a place the file no longer has is
   * left out (DeckResourcesTest fails the build first).
   */
  static List<Accuracy> accuracy() {
    AccuracyTable table = AccuracyTable.lastOf(raw(ACCURACY_DOC));
    List<Accuracy> figures = new ArrayList<>();
    for (Place place : places()) {
      table.figure(place.row(), place.column()).ifPresent(figure -> figures.add(new Accuracy(place.analyzer(),
          place.row(), place.column(), figure, place.label() + " " + figure)));
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
