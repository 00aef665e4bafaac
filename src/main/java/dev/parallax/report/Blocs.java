package dev.parallax.report;

import dev.parallax.analysis.Figure;
import dev.parallax.corpus.OutletDirectory;
import dev.parallax.text.ParsedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The analyst's blocs of outlets as the workbook shows them: a Bloc column beside every Outlet column, and in the
 * Summary one row per bloc with the mean of its outlets' figures. Nothing at all when no outlet has a bloc.
 */
final class Blocs {
  static final String COLUMN = "Bloc";
  /** Before a bloc's name in the Summary's Outlet column, so that a bloc row is never read as an outlet's. */
  static final String ROW_PREFIX = "Bloc: ";
  private final OutletDirectory directory;
  private final Map<String, List<String>> blocs;

  Blocs(ParsedStory story) {
    this.directory = story.directory();
    this.blocs = story.blocs();
  }

  boolean any() {
    return !blocs.isEmpty();
  }

  String of(String outlet) {
    return directory.bloc(outlet);
  }

  /** The blocs of the outlets an Outlet cell names (a finding's cell may name several, comma-separated). */
  String ofCell(String outlets) {
    return String.join(", ", Arrays.stream(outlets.split(", ")).map(this::of).filter(b -> !b.isEmpty())
        .distinct().toList());
  }

  /**
   * One Summary row per bloc, "Bloc: wires (3 outlets)", each figure the mean over the bloc's outlets that have it:
   * the bloc's figures compare as the outlets' do.
   */
  List<List<SheetWriter.Value>> summaryRows(Map<String, Map<String, Figure>> byName) {
    List<List<SheetWriter.Value>> rows = new ArrayList<>();
    for (var bloc : blocs.entrySet()) {
      int size = bloc.getValue().size();
      List<SheetWriter.Value> row = new ArrayList<>();
      row.add(SheetWriter.Value.of(ROW_PREFIX + bloc.getKey() + " (mean of " + size + " outlet"
          + (size == 1 ? "" : "s") + ")"));
      row.add(SheetWriter.Value.of(bloc.getKey()));
      for (Map<String, Figure> figures : byName.values()) {
        List<Figure> ofBloc = bloc.getValue().stream().map(figures::get).filter(Objects::nonNull).toList();
        OptionalDouble mean = ofBloc.stream().mapToDouble(Figure::value).average();
        row.add(mean.isEmpty() ? SheetWriter.Value.of(null)
            : SheetWriter.Value.of(mean.getAsDouble()).withFormat(meanFormat(ofBloc.get(0).format())));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A mean of counts is no whole number. */
  private static Figure.Format meanFormat(Figure.Format format) {
    return format == Figure.Format.COUNT ? Figure.Format.DECIMAL : format;
  }
}
