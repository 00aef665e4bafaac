package dev.parallax.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * "Method and limits": a table of what each analyzer does and how often it is right on the development set, then
 * what the facts alignment cannot see.
 */
final class MethodSlides {
  private static final double TOP = 78;
  private static final double[] COLUMNS = {110, 440, 338};
  private static final double TABLE_MAX = 15;
  private static final double TABLE_MIN = 11;
  private static final double LIMITS_MAX = 20;
  private static final double LIMITS_MIN = 12;
  private static final double CELL_INSET = 4;
  private static final Color HEAD = new Color(0xE8EEF4);
  /** An analyzer the development set has no gold for (coverage counts words): said, not left blank. */
  private static final String NOT_SCORED = "not scored: it counts, it does not judge";

  private MethodSlides() {
  }

  static void add(SlideWriter writer) {
    analyzers(writer);
    limits(writer);
  }

  private static void analyzers(SlideWriter writer) {
    String title = "Method and limits: what each analyzer does, and how often it is right";
    double width = SlideWriter.WIDTH - 2 * SlideWriter.MARGIN;
    XSLFSlide slide = writer.slide(title, new Rectangle2D.Double(SlideWriter.MARGIN, 18, width, TOP - 24));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Analyzer", "What it does", "On the development set"});
    Map<String, String> does = DeckResources.analyzers();
    List<DeckResources.Accuracy> accuracy = DeckResources.accuracy();
    does.forEach((analyzer, line) -> {
      List<String> figures = accuracy.stream().filter(a -> a.analyzer().equals(analyzer))
          .map(DeckResources.Accuracy::shown).toList();
      rows.add(new String[] {analyzer, line, figures.isEmpty() ? NOT_SCORED : String.join("; ", figures)});
    });
    String measured = "Measured on the " + DeckResources.measured() + ".";
    double available = SlideWriter.HEIGHT - TOP - 60;
    double size = TABLE_MIN;
    for (double s = TABLE_MAX; s >= TABLE_MIN; s -= 0.5) {
      if (height(rows, s) <= available) {
        size = s;
        break;
      }
    }
    XSLFTable table = slide.createTable();
    double total = 0;
    for (int r = 0; r < rows.size(); r++) {
      XSLFTableRow row = table.addRow();
      double rowHeight = rowHeight(rows.get(r), size);
      row.setHeight(rowHeight);
      total += rowHeight;
      for (String text : rows.get(r)) {
        cell(row.addCell(), text, size, r == 0);
      }
    }
    for (int c = 0; c < COLUMNS.length; c++) {
      table.setColumnWidth(c, COLUMNS[c]);
    }
    table.setAnchor(new Rectangle2D.Double(SlideWriter.MARGIN, TOP, width, total));
    writer.text(slide, new Rectangle2D.Double(SlideWriter.MARGIN, TOP + total + 8, width, 40),
        List.of(new SlideWriter.Para(measured + " P precision, R recall, F1 their balance; details in "
            + "docs/accuracy.md.", 12, false, SlideWriter.GREY, 0)));
    List<String> notes = new ArrayList<>(List.of(title, measured));
    rows.subList(1, rows.size()).forEach(r -> notes.add("- " + r[0] + ": " + r[1] + " Accuracy: " + r[2] + "."));
    writer.notes(slide, notes);
  }

  private static void limits(SlideWriter writer) {
    String title = "Method and limits: what the facts alignment cannot see";
    double width = SlideWriter.WIDTH - 2 * SlideWriter.MARGIN;
    XSLFSlide slide = writer.slide(title, new Rectangle2D.Double(SlideWriter.MARGIN, 18, width, TOP - 24));
    List<String> limits = DeckResources.limits().stream().map(l -> "• " + l).toList();
    Rectangle2D box = new Rectangle2D.Double(SlideWriter.MARGIN, TOP + 10, width,
        SlideWriter.HEIGHT - TOP - 10 - SlideWriter.MARGIN);
    double spacing = 10;
    double size = TextFit.size(String.join("\n", limits), false, box.getWidth() - 2 * SlideWriter.INSET,
        box.getHeight() - 2 * SlideWriter.INSET - spacing * limits.size(), LIMITS_MAX, LIMITS_MIN);
    writer.text(slide, box, limits.stream().map(l -> new SlideWriter.Para(l, size, false, SlideWriter.INK, spacing))
        .toList());
    List<String> notes = new ArrayList<>(List.of(title));
    notes.addAll(DeckResources.limits());
    writer.notes(slide, notes);
  }

  private static double height(List<String[]> rows, double size) {
    return rows.stream().mapToDouble(r -> rowHeight(r, size)).sum();
  }

  private static double rowHeight(String[] cells, double size) {
    double tallest = 0;
    for (int c = 0; c < cells.length; c++) {
      tallest = Math.max(tallest, TextFit.height(cells[c], size, false, COLUMNS[c] - 2 * CELL_INSET - 4));
    }
    return tallest + 2 * CELL_INSET + 4;
  }

  private static void cell(XSLFTableCell cell, String text, double size, boolean head) {
    cell.clearText();
    cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(CELL_INSET, CELL_INSET, CELL_INSET, CELL_INSET));
    cell.setVerticalAlignment(VerticalAlignment.TOP);
    for (BorderEdge edge : BorderEdge.values()) {
      cell.setBorderColor(edge, new Color(0xBBBBBB));
      cell.setBorderWidth(edge, 0.5);
    }
    if (head) {
      cell.setFillColor(HEAD);
    }
    XSLFTextRun run = cell.addNewTextParagraph().addNewTextRun();
    run.setText(text);
    run.setFontFamily(TextFit.FONT);
    run.setFontSize(size);
    run.setBold(head);
    run.setFontColor(SlideWriter.INK);
  }
}
